<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="+81"/>
        <source>Who may read this document</source>
        <translation>Who may read this document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the participants ticked below (confidential)</source>
        <translation>Only the participants ticked below (confidential)</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="+189"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity on this meeting</source>
        <translation>Activity on this meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../ecabinet/ui/prepare/agenda.py" line="+275"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items; drag to reorder, drop PDFs on an item to add them</source>
        <translation>Agenda items; drag to reorder, drop PDFs on an item to add them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;minutes</source>
        <translation>Planned &amp;minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save item</source>
        <translation>Save item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sub-item</source>
        <translation>Add sub-item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents of the item</source>
        <translation>Documents of the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop PDF files here or on an agenda item, several at once.</source>
        <translation>Drop PDF files here or on an agenda item, several at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents of the selected item</source>
        <translation>Documents of the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add PDFs…</source>
        <translation>Add PDFs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may read…</source>
        <translation>Who may read…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw version…</source>
        <translation>Withdraw version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted items (can be restored until publication)</source>
        <translation>Deleted items (can be restored until publication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>late addition</source>
        <translation>late addition</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Planned %1 of %2 minutes</source>
        <translation>Planned %1 of %2 minutes</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named readers only</source>
        <translation>named readers only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recognising text: %1 of %2 pages</source>
        <translation>recognising text: %1 of %2 pages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text recognised</source>
        <translation>text recognised</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>AgendaItemBlock</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+333"/>
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
    <message>
        <location line="+2"/>
        <source>No objection</source>
        <translation>No objection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I wish to speak</source>
        <translation>I wish to speak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I object…</source>
        <translation>I object…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why do you object? (Enter sends)</source>
        <translation>Why do you object? (Enter sends)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for objecting</source>
        <translation>Reason for objecting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your position: %1</source>
        <translation>Your position: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your position before the meeting:</source>
        <translation>Your position before the meeting:</translation>
    </message>
</context>
<context>
    <name>AnnotationBar</name>
    <message>
        <location filename="../ecabinet/ui/annotation_bar.py" line="+104"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read and scroll; tap a mark to share, edit or delete it</source>
        <translation>Read and scroll; tap a mark to share, edit or delete it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write with the pen</source>
        <translation>Write with the pen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight text: drag across the words</source>
        <translation>Highlight text: drag across the words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note: tap where it belongs</source>
        <translation>Add a note: tap where it belongs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase your marks: touch them</source>
        <translation>Erase your marks: touch them</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour: %1</source>
        <translation>Colour: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change to your marks</source>
        <translation>Undo the last change to your marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share new marks</source>
        <translation>Share new marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share what I mark from now on with the meeting&apos;s participants</source>
        <translation>Share what I mark from now on with the meeting&apos;s participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private marks stay on this device. Shared ones are seen by the participants of the meeting.</source>
        <translation>Private marks stay on this device. Shared ones are seen by the participants of the meeting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List my notes and marks in this meeting</source>
        <translation>List my notes and marks in this meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export copy</source>
        <translation>Export copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this document with my marks as a PDF</source>
        <translation>Save a copy of this document with my marks as a PDF</translation>
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
    <name>ChangeRow</name>
    <message>
        <location filename="../ecabinet/ui/changes_panel.py" line="+53"/>
        <source>Page %1 is new</source>
        <translation>Page %1 is new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of the version you read was removed</source>
        <translation>Page %1 of the version you read was removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text added on page %1</source>
        <translation>Text added on page %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text rewritten on page %1</source>
        <translation>Text rewritten on page %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text deleted near page %1</source>
        <translation>Text deleted near page %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text deleted from page %1 of the version you read</source>
        <translation>Text deleted from page %1 of the version you read</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Was: “%1”</source>
        <translation>Was: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: “%1”</source>
        <translation>Now: “%1”</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Comparing with the version you read…</source>
        <translation>Comparing with the version you read…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The versions could not be compared.</source>
        <translation>The versions could not be compared.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is the same as in the version you read.</source>
        <translation>The text is the same as in the version you read.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) since the version you read</source>
        <translation>
            <numerusform>%n change since the version you read</numerusform>
            <numerusform>%n changes since the version you read</numerusform>
        </translation>
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
        <location filename="../ecabinet/ui/meeting_page.py" line="-125"/>
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
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ecabinet/ui/viewer/view.py" line="+90"/>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location line="+396"/>
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
    <name>Live</name>
    <message>
        <location filename="../ecabinet/ui/live/panel.py" line="+38"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tied</source>
        <translation>Tied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum</source>
        <translation>No quorum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection to the server. A vote counts only when the server confirms it: try again.</source>
        <translation>No connection to the server. A vote counts only when the server confirms it: try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vote is closed.</source>
        <translation>The vote is closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already voted.</source>
        <translation>You have already voted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not among the voters of this vote.</source>
        <translation>You are not among the voters of this vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not one of the vote&apos;s options.</source>
        <translation>This is not one of the vote&apos;s options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the open vote first.</source>
        <translation>Close the open vote first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has not started.</source>
        <translation>The session has not started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agenda item is open.</source>
        <translation>No agenda item is open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item is marked for approval en bloc.</source>
        <translation>No item is marked for approval en bloc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair has already opened this item.</source>
        <translation>The chair has already opened this item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair or the secretary may do this.</source>
        <translation>Only the chair or the secretary may do this.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: %1</source>
        <translation>The server refused this: %1</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location line="+171"/>
        <source>I am here</source>
        <translation>I am here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in as present in the room</source>
        <translation>Check in as present in the room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I take part remotely</source>
        <translation>I take part remotely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the presenter&apos;s page</source>
        <translation>Follow the presenter&apos;s page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this item</source>
        <translation>Open this item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item to open</source>
        <translation>Agenda item to open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve uncontested items en bloc</source>
        <translation>Approve uncontested items en bloc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the floor to the next speaker</source>
        <translation>Give the floor to the next speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this speaker&apos;s turn</source>
        <translation>End this speaker&apos;s turn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Question of the vote</source>
        <translation>Question of the vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple majority</source>
        <translation>Simple majority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two-thirds majority</source>
        <translation>Two-thirds majority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute majority of all members</source>
        <translation>Absolute majority of all members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the vote</source>
        <translation>Open the vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to the session…</source>
        <translation>Connecting to the session…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The session is in progress</source>
        <translation>The session is in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is closed</source>
        <translation>The session is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has not started yet</source>
        <translation>The session has not started yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 voting members present · quorum %3</source>
        <translation>%1 of %2 voting members present · quorum %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has the floor</source>
        <translation>%1 has the floor</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n waiting to speak</source>
        <translation>
            <numerusform>%n waiting to speak</numerusform>
            <numerusform>%n waiting to speak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has asked to speak</source>
        <translation>Nobody has asked to speak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw my request to speak</source>
        <translation>Withdraw my request to speak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask to speak</source>
        <translation>Ask to speak</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Secret ballot: nobody, not even the server&apos;s operators, can see what you chose.</source>
        <translation>Secret ballot: nobody, not even the server&apos;s operators, can see what you chose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named vote: the result will show who voted what.</source>
        <translation>Named vote: the result will show who voted what.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vote: %1</source>
        <translation>Vote: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cast %1 of %2</source>
        <translation>Cast %1 of %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your ballot was counted.</source>
        <translation>Your ballot was counted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You voted: %1</source>
        <translation>You voted: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not vote on this item.</source>
        <translation>You do not vote on this item.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vote is closed.</source>
        <translation>The vote is closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm your vote</source>
        <translation>Confirm your vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You vote “%1” on: %2</source>
        <translation>You vote “%1” on: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vote %1</source>
        <translation>Vote %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending your ballot…</source>
        <translation>Sending your ballot…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your ballot was counted: %1</source>
        <translation>Your ballot was counted: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the question of the vote first.</source>
        <translation>Write the question of the vote first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is on page %2</source>
        <translation>%1 is on page %2</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+124"/>
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
        <location line="+20"/>
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
        <location filename="../ecabinet/ui/main_window.py" line="+188"/>
        <source>eCabinet</source>
        <extracomment>This profile&apos;s choices (language, theme, text size, automatic lock), saved beside its device id. Locks the session after the chosen minutes without input (when a PIN is set); watching while signed in.</extracomment>
        <translation>eCabinet</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Save a copy with my marks</source>
        <translation>Save a copy with my marks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my notes for another device</source>
        <translation>Save my notes for another device</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>eCabinet notes (*.ecnotes)</source>
        <translation>eCabinet notes (*.ecnotes)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bring notes from another device</source>
        <translation>Bring notes from another device</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n private note(s) saved in %1</source>
        <translation>
            <numerusform>%n private note saved in %1</numerusform>
            <numerusform>%n private notes saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) brought to this device</source>
        <translation>
            <numerusform>%n note brought to this device</numerusform>
            <numerusform>%n notes brought to this device</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase does not open this notes file.</source>
        <translation>The passphrase does not open this notes file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an eCabinet notes file, or it is damaged.</source>
        <translation>This is not an eCabinet notes file, or it is damaged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notes could not be moved: %1</source>
        <translation>The notes could not be moved: %1</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../ecabinet/ui/notes_panel.py" line="+21"/>
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text box</source>
        <translation>Text box</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The marked text was changed or deleted.</source>
        <translation>The marked text was changed or deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marked text now appears in several places.</source>
        <translation>The marked text now appears in several places.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text it was next to is gone.</source>
        <translation>The text it was next to is gone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its page was removed.</source>
        <translation>Its page was removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marked text now runs over two pages.</source>
        <translation>The marked text now runs over two pages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its page no longer exists.</source>
        <translation>Its page no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version it was on is no longer available.</source>
        <translation>The version it was on is no longer available.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be read to move it.</source>
        <translation>The document could not be read to move it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be placed on the new version.</source>
        <translation>It could not be placed on the new version.</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+145"/>
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
    <message numerus="yes">
        <location line="+15"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+390"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window). Per document, the version this reader had read before a newer one was opened (for &quot;What changed&quot;).</extracomment>
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
        <location line="+30"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Back to the agenda</source>
        <translation>Back to the agenda</translation>
    </message>
    <message>
        <location line="+349"/>
        <source>A copy with your marks was saved as %1</source>
        <translation>A copy with your marks was saved as %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mark could not be stored on this device: %1</source>
        <translation>Your mark could not be stored on this device: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole page in the window</source>
        <translation>Fit the whole page in the window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <location line="-439"/>
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
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show page thumbnails and contents</source>
        <translation>Show page thumbnails and contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page</source>
        <translation>One page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one page at a time</source>
        <translation>Show one page at a time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page at a time, or all pages in one scroll</source>
        <translation>One page at a time, or all pages in one scroll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live session</source>
        <translation>Live session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting in session: speakers, votes, attendance</source>
        <translation>The meeting in session: speakers, votes, attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my page</source>
        <translation>Share my page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the participants follow the page I am on</source>
        <translation>Let the participants follow the page I am on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since the version you read</source>
        <translation>What changed since the version you read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pen, highlighter and notes</source>
        <translation>Show the pen, highlighter and notes</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Confidential documents are not exported.</source>
        <translation>Confidential documents are not exported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confidential · %1 · %2</source>
        <translation>Confidential · %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <location line="+89"/>
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
        <location line="+30"/>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+176"/>
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
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings</source>
        <translation>Prepare meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings: agendas, documents, participants</source>
        <translation>Prepare meetings: agendas, documents, participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: language, theme, text size, automatic lock</source>
        <translation>Settings: language, theme, text size, automatic lock</translation>
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
    <name>NoteDialog</name>
    <message>
        <location filename="../ecabinet/ui/note_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note by %1</source>
        <translation>Note by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the note</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note here</source>
        <translation>Write your note here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../ecabinet/ui/notes_panel.py" line="+41"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your review: %1</source>
        <translation>Needs your review: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stays on the version you marked.</source>
        <translation>It stays on the version you marked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this mark</source>
        <translation>Discard this mark</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location line="+53"/>
        <source>My notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>You have no notes or marks in this meeting yet.</source>
        <translation>You have no notes or marks in this meeting yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+6"/>
        <source>%n mark(s) in this meeting</source>
        <translation>
            <numerusform>%n mark in this meeting</numerusform>
            <numerusform>%n marks in this meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n need(s) your review</source>
        <translation>
            <numerusform>%n needs your review</numerusform>
            <numerusform>%n need your review</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take to another device…</source>
        <translation>Take to another device…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my private notes of this meeting in a protected file</source>
        <translation>Save my private notes of this meeting in a protected file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring from another device…</source>
        <translation>Bring from another device…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read private notes from a file made on another device</source>
        <translation>Read private notes from a file made on another device</translation>
    </message>
</context>
<context>
    <name>NotesPassphraseDialog</name>
    <message>
        <location filename="../ecabinet/ui/notes_transfer_dialog.py" line="+70"/>
        <source>Protect the notes file</source>
        <translation>Protect the notes file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a passphrase of at least %1 characters. You will need it on the other device; without it nobody can read the notes, not even you.</source>
        <translation>Choose a passphrase of at least %1 characters. You will need it on the other device; without it nobody can read the notes, not even you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the notes file</source>
        <translation>Open the notes file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase chosen when the file was made.</source>
        <translation>Type the passphrase chosen when the file was made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the notes file</source>
        <translation>Passphrase of the notes file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
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
    <name>OutlineTree</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="+207"/>
        <source>Contents of the document</source>
        <translation>Contents of the document</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="-95"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers on the device</source>
        <translation>Papers on the device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants and whether they have the papers</source>
        <translation>Participants and whether they have the papers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person to invite</source>
        <translation>Person to invite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the meeting</source>
        <translation>Role in the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh delivery</source>
        <translation>Refresh delivery</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 current, %2 outdated, %3 not yet</source>
        <translation>%1 current, %2 outdated, %3 not yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 participants have every paper</source>
        <translation>%1 of %2 participants have every paper</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+59"/>
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
        <location line="+11"/>
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
    <name>Prepare</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="-119"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="+178"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings</source>
        <translation>Prepare meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings you prepare</source>
        <translation>Meetings you prepare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen meeting…</source>
        <translation>Copy the chosen meeting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length (minutes)</source>
        <translation>&amp;Length (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create meeting</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save details</source>
        <translation>Save details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish to participants</source>
        <translation>Publish to participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and documents</source>
        <translation>Agenda and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and delivery</source>
        <translation>Participants and delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copy the meeting</source>
        <translation>Copy the meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the new meeting</source>
        <translation>Title of the new meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting needs a title.</source>
        <translation>The meeting needs a title.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You prepare meetings for no body; ask the administrator.</source>
        <translation>You prepare meetings for no body; ask the administrator.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete the item</source>
        <translation>Delete the item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” holds %2 document(s). Delete them with it? Until the meeting is published it can be restored.</source>
        <translation>“%1” holds %2 document(s). Delete them with it? Until the meeting is published it can be restored.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add PDF documents</source>
        <translation>Add PDF documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not a PDF: only PDF documents can be added.</source>
        <translation>Not a PDF: only PDF documents can be added.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the new version</source>
        <translation>Choose the new version</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Withdraw the newest version</source>
        <translation>Withdraw the newest version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it withdrawn? Readers are told, and it leaves every device at the next sync.</source>
        <translation>Why is it withdrawn? Readers are told, and it leaves every device at the next sync.</translation>
    </message>
</context>
<context>
    <name>ReaderMarks</name>
    <message>
        <location filename="../ecabinet/ui/reader_marks.py" line="+184"/>
        <source>Shared by %1</source>
        <translation>Shared by %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a participant</source>
        <translation>a participant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the note</source>
        <translation>Read the note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the note</source>
        <translation>Edit the note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make private</source>
        <translation>Make private</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with the participants</source>
        <translation>Share with the participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be placed on the new version</source>
        <translation>Could not be placed on the new version</translation>
    </message>
</context>
<context>
    <name>ReaderSidebar</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="+59"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages and contents</source>
        <translation>Pages and contents</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../ecabinet/ui/search_panel.py" line="+54"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="-21"/>
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
    <name>ServerSetupPage</name>
    <message>
        <location filename="../ecabinet/ui/first_run.py" line="+163"/>
        <source>Connect to your server</source>
        <translation>Connect to your server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your IT office has set up this device for the server below.</source>
        <translation>Your IT office has set up this device for the server below.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the server address your IT office gave you. You only need to do this once.</source>
        <translation>Type the server address your IT office gave you. You only need to do this once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file from your IT office could not be used: %1. Type the server address, or ask the IT office.</source>
        <translation>The settings file from your IT office could not be used: %1. Type the server address, or ask the IT office.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+117"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This server&apos;s certificate is not the one your IT office set up (%1). The app did not connect. Do not sign in; call your IT office.</source>
        <translation>This server&apos;s certificate is not the one your IT office set up (%1). The app did not connect. Do not sign in; call your IT office.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate could not be verified, so the app did not connect. Call your IT office.</source>
        <translation>The server&apos;s certificate could not be verified, so the app did not connect. Call your IT office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a server address. It looks like https://ecabinet.example.gov</source>
        <translation>This is not a server address. It looks like https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https:// (a secure connection).</source>
        <translation>The address must start with https:// (a secure connection).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer. Check the address and the network, then try again.</source>
        <translation>The server did not answer. Check the address and the network, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be checked: %1</source>
        <translation>The server could not be checked: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: this server is on this computer (no certificate).</source>
        <translation>None: this server is on this computer (no certificate).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate matches the one your IT office set up.</source>
        <translation>The certificate matches the one your IT office set up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: this server showed a different certificate the last time. Compare the fingerprint with the one from your IT office before you go on.</source>
        <translation>Warning: this server showed a different certificate the last time. Compare the fingerprint with the one from your IT office before you go on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the fingerprint with the one your IT office gave you before you go on.</source>
        <translation>Compare the fingerprint with the one your IT office gave you before you go on.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ecabinet/ui/settings_dialog.py" line="+180"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;automatically</source>
        <translation>Lock &amp;automatically</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock automatically</source>
        <translation>Lock automatically</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when a PIN is set. Locking closes the open document; your PIN opens eCabinet again.</source>
        <translation>Only when a PIN is set. Locking closes the open document; your PIN opens eCabinet again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
<context>
    <name>ThumbnailList</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="-208"/>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../ecabinet/ui/first_run.py" line="+115"/>
        <source>A newer version of eCabinet (%1) is available; you have %2. Install it from your IT office&apos;s download page.</source>
        <translation>A newer version of eCabinet (%1) is available; you have %2. Install it from your IT office&apos;s download page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A newer version of eCabinet (%1) is available; you have %2. Ask your IT office for it.</source>
        <translation>A newer version of eCabinet (%1) is available; you have %2. Ask your IT office for it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <location filename="../ecabinet/ui/prepare/agenda.py" line="-339"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uploaded</source>
        <translation>Uploaded</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="-438"/>
        <source>Someone else changed this meanwhile. It has been reloaded: make your change again.</source>
        <translation>Someone else changed this meanwhile. It has been reloaded: make your change again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item holds documents: delete them with it?</source>
        <translation>This item holds documents: delete them with it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a PDF.</source>
        <translation>This file is not a PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is damaged and cannot be read.</source>
        <translation>This PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is protected by a password; upload an unprotected copy.</source>
        <translation>This PDF is protected by a password; upload an unprotected copy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is larger than the server accepts.</source>
        <translation>This file is larger than the server accepts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair has already opened this item.</source>
        <translation>The chair has already opened this item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not do this in this meeting.</source>
        <translation>You may not do this in this meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-items cannot have sub-items of their own.</source>
        <translation>Sub-items cannot have sub-items of their own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore its parent item first.</source>
        <translation>Restore its parent item first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this: %1</source>
        <translation>The server refused this: %1</translation>
    </message>
</context>
</TS>
