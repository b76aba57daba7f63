<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+69"/>
        <source>Paperless cabinet meetings</source>
        <translation>Paperless cabinet meetings</translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+102"/>
        <source>administrator: users and devices, no meeting content</source>
        <extracomment>Role descriptions the demo account list may use (those `ecabinet demo` passes, and short generic ones); any of these is shown translated, anything else as given.</extracomment>
        <translation>administrator: users and devices, no meeting content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabinet secretariat: prepares the meetings</source>
        <translation>cabinet secretariat: prepares the meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prime Minister, chairs the cabinet</source>
        <translation>Prime Minister, chairs the cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Finance</source>
        <translation>Minister of Finance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Planning and Investment</source>
        <translation>Minister of Planning and Investment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Technology and Communications</source>
        <translation>Minister of Technology and Communications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Health</source>
        <translation>Minister of Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Education and Training</source>
        <translation>Minister of Education and Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Public Works (not on the committee)</source>
        <translation>Minister of Public Works (not on the committee)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer from the Government Office: reads, never votes</source>
        <translation>observer from the Government Office: reads, never votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister</source>
        <translation>Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location line="-80"/>
        <source>The username or password is not correct. Please check both and try again.</source>
        <translation>The username or password is not correct. Please check both and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Please check the server address and your network connection, then try again.</source>
        <translation>The server cannot be reached. Please check the server address and your network connection, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was disconnected by the IT office, and the eCabinet data on it has been removed. Please contact the IT office.</source>
        <translation>This device was disconnected by the IT office, and the eCabinet data on it has been removed. Please contact the IT office.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many sign-in attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Please try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Please try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address uses an unprotected connection (http://). For your security, eCabinet connects to other computers only over https://. Please use an address that starts with https://.</source>
        <translation>This address uses an unprotected connection (http://). For your security, eCabinet connects to other computers only over https://. Please use an address that starts with https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the server address, for example https://ecabinet.example.gov.</source>
        <translation>Please enter the server address, for example https://ecabinet.example.gov.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem. Please try again in a few minutes. If it continues, contact the IT office.</source>
        <translation>The server had a problem. Please try again in a few minutes. If it continues, contact the IT office.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is not available to you.</source>
        <translation>This item is not available to you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Something went wrong (%1). Please try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ecabinet/ui/main_window.py" line="+61"/>
        <source>eCabinet</source>
        <translation>eCabinet</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+14"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+174"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your meetings</source>
        <translation>Your meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no meetings for you yet.</source>
        <translation>There are no meetings for you yet.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+214"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+40"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example https://ecabinet.example.gov</source>
        <translation>for example https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap an account to fill in the form. Every demo password is: %1</source>
        <translation>Tap an account to fill in the form. Every demo password is: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Please enter the server address.</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter your username and password.</source>
        <translation>Please enter your username and password.</translation>
    </message>
</context>
</TS>
