<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgendaItemBlock</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+246"/>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late addition</source>
        <translation>Late addition</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+70"/>
        <source>Paperless cabinet meetings</source>
        <translation>Paperless cabinet meetings</translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+120"/>
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
    <name>DocumentRow</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/meeting_page.py" line="-62"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not downloaded yet</source>
        <translation>Not downloaded yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ecabinet/ui/viewer/view.py" line="+81"/>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="-95"/>
        <source>The PIN was entered wrongly too many times, so this session has ended. Please sign in with your password.</source>
        <translation>The PIN was entered wrongly too many times, so this session has ended. Please sign in with your password.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>This device has been offline for too long, so its documents are locked for your protection. Please sign in while connected to open them again.</source>
        <translation>This device has been offline for too long, so its documents are locked for your protection. Please sign in while connected to open them again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open the eCabinet data on this device. Please enter the passphrase you chose when you first signed in here.</source>
        <translation>This passphrase does not open the eCabinet data on this device. Please enter the passphrase you chose when you first signed in here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has no secure key store. Please enter a passphrase to protect its data.</source>
        <translation>This device has no secure key store. Please enter a passphrase to protect its data.</translation>
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
        <location line="+3"/>
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
    <name>LockPage</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+128"/>
        <source>eCabinet is locked</source>
        <translation>eCabinet is locked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN to continue where you were.</source>
        <translation>Enter your PIN to continue where you were.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with password instead</source>
        <translation>Sign in with password instead</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ecabinet/ui/main_window.py" line="+119"/>
        <source>eCabinet</source>
        <extracomment>Locks the session after `IDLE_TIMEOUT_MS` without input (when a PIN is set); watching while signed in.</extracomment>
        <translation>eCabinet</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+159"/>
        <source>No documents yet</source>
        <translation>No documents yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1 of %2</source>
        <translation>Downloading %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet downloaded</source>
        <translation>Not yet downloaded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 on this device</source>
        <translation>%1 of %2 on this device</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+226"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window).</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your meetings</source>
        <translation>Back to your meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents</source>
        <translation>Search all documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents of this meeting</source>
        <translation>Search all documents of this meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Back to the agenda</source>
        <translation>Back to the agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number to go to</source>
        <translation>Page number to go to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Confidential · %1 · %2</source>
        <translation>Confidential · %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose a document from the agenda to read it here.</source>
        <translation>Choose a document from the agenda to read it here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document is not on this device yet. It will be downloaded at the next sync when you are connected.</source>
        <translation>This document is not on this device yet. It will be downloaded at the next sync when you are connected.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document could not be opened. Please sync and try again.</source>
        <translation>This document could not be opened. Please sync and try again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+168"/>
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
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>Set a PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your meetings</source>
        <translation>Your meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+146"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are offline. Everything on this device can still be read, and what you do is sent when the connection is back.</source>
        <translation>You are offline. Everything on this device can still be read, and what you do is sent when the connection is back.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In session (%1)</source>
        <translation>In session (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming (%1)</source>
        <translation>Upcoming (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past (%1)</source>
        <translation>Past (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+94"/>
        <source>Checking for new documents…</source>
        <translation>Checking for new documents…</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>%n document(s) could not be downloaded. They will be tried again at the next sync.</source>
        <translation>
            <numerusform>%n document could not be downloaded. It will be tried again at the next sync.</numerusform>
            <numerusform>%n documents could not be downloaded. They will be tried again at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sending what you did on this device…</source>
        <translation>Sending what you did on this device…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading documents: %1 of %2 (%3 of %4)</source>
        <translation>Downloading documents: %1 of %2 (%3 of %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All documents are on this device.</source>
        <translation>All documents are on this device.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 documents are on this device.</source>
        <translation>%1 of %2 documents are on this device.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>The server did not accept %n thing(s) you did on this device:</source>
        <translation>
            <numerusform>The server did not accept %n thing you did on this device:</numerusform>
            <numerusform>The server did not accept %n things you did on this device:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on “%2”</source>
        <translation>%1 on “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server gave no reason.</source>
        <translation>The server gave no reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Dismiss: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Getting your meetings…</source>
        <translation>Getting your meetings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no meetings for you yet.</source>
        <translation>There are no meetings for you yet.</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+39"/>
        <source>Your position</source>
        <translation>Your position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request to speak</source>
        <translation>Your request to speak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+77"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>Set a PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a few minutes without use, eCabinet locks itself. Your PIN opens it again. Use 4 to 12 digits.</source>
        <translation>After a few minutes without use, eCabinet locks itself. Your PIN opens it again. Use 4 to 12 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>The two PINs are not the same. Please type them again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>The PIN could not be saved. Please try again.</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../ecabinet/ui/search_panel.py" line="+81"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+33"/>
        <location line="+26"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Searching all documents of this meeting for “%1”…</source>
        <translation>Searching all documents of this meeting for “%1”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search could not be completed. Please try again.</source>
        <translation>The search could not be completed. Please try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+287"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+39"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-49"/>
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
        <source>Passphrase for this device</source>
        <translation>Passphrase for this device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure key store, so a passphrase you choose protects the papers kept on it.</source>
        <translation>This device has no secure key store, so a passphrase you choose protects the papers kept on it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="-37"/>
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
    <message>
        <location line="+5"/>
        <source>Please enter the passphrase that protects this device&apos;s data.</source>
        <translation>Please enter the passphrase that protects this device&apos;s data.</translation>
    </message>
</context>
</TS>
