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
        <location filename="../ecabinet/ui/prepare/agenda.py" line="+267"/>
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
        <location line="+25"/>
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
        <location filename="../ecabinet/ui/meeting_page.py" line="+329"/>
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
    <name>AnswerChoice</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="+13"/>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree with comments</source>
        <translation>Agree with comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other opinion</source>
        <translation>Other opinion</translation>
    </message>
</context>
<context>
    <name>AnswerRefusal</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="+87"/>
        <source>It reached the server on %1, after the deadline (%2), so it was not recorded. Your answer is kept on this device.</source>
        <translation>It reached the server on %1, after the deadline (%2), so it was not recorded. Your answer is kept on this device.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It reached the server after the deadline, so it was not recorded. Your answer is kept on this device.</source>
        <translation>It reached the server after the deadline, so it was not recorded. Your answer is kept on this device.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consultation was closed early before your answer arrived, so it was not recorded.</source>
        <translation>The consultation was closed early before your answer arrived, so it was not recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer to this question was already signed and can no longer change.</source>
        <translation>Your answer to this question was already signed and can no longer change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was signed with a certificate that is not enrolled for you. Please ask the IT office to enrol your certificate, then answer again.</source>
        <translation>It was signed with a certificate that is not enrolled for you. Please ask the IT office to enrol your certificate, then answer again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No signing certificate is enrolled for you on the server. Please ask the IT office to enrol yours.</source>
        <translation>No signing certificate is enrolled for you on the server. Please ask the IT office to enrol yours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not verify the signature. Please sign again.</source>
        <translation>The server could not verify the signature. Please sign again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not trust this certificate (expired, revoked, or from an unknown authority).</source>
        <translation>The server does not trust this certificate (expired, revoked, or from an unknown authority).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This choice needs a comment.</source>
        <translation>This choice needs a comment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not asked in this consultation.</source>
        <translation>You are not asked in this consultation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not this member&apos;s named deputy.</source>
        <translation>You are not this member&apos;s named deputy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document was added meanwhile. Please read it and answer again.</source>
        <translation>A document was added meanwhile. Please read it and answer again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document changed meanwhile. Please read it and answer again.</source>
        <translation>A document changed meanwhile. Please read it and answer again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not accept it: %1</source>
        <translation>The server did not accept it: %1</translation>
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
    <name>BetweenBar</name>
    <message>
        <location filename="../ecabinet/ui/between/home_bar.py" line="+86"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opinion forms: %n open</source>
        <translation>
            <numerusform>Opinion forms: %n open</numerusform>
            <numerusform>Opinion forms: %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to answer</source>
        <translation>
            <numerusform>%n to answer</numerusform>
            <numerusform>%n to answer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders and news</source>
        <translation>Reminders and news</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Decision follow-up: %n open</source>
        <translation>
            <numerusform>Decision follow-up: %n open</numerusform>
            <numerusform>Decision follow-up: %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BetweenScreens</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/between/screens.py" line="+199"/>
        <source>%n new notification(s)</source>
        <extracomment>How long an OS notification stays up (milliseconds). The window&apos;s one signing runner (every signature in the app asks the same way); one of our own if none.</extracomment>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
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
    <name>ConsultationCard</name>
    <message>
        <location filename="../ecabinet/ui/between/consultations.py" line="+87"/>
        <source>Not accepted: see why</source>
        <extracomment>The deadline&apos;s &quot;time left&quot; and the offline warning are brought up to date this often.</extracomment>
        <translation>Not accepted: see why</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered and signed</source>
        <translation>Answered and signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered, not signed yet</source>
        <translation>Answered, not signed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To answer</source>
        <translation>To answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answer by %1</source>
        <translation>Answer by %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline: answer soon</source>
        <translation>You are offline: answer soon</translation>
    </message>
</context>
<context>
    <name>ConsultationDocumentRow</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="+199"/>
        <source>Result report</source>
        <translation>Result report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opens when you are online</source>
        <translation>opens when you are online</translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <location line="+401"/>
        <source>Please answer every question before signing.</source>
        <extracomment>Answers just handed to the outbox, by question: (choice, comment, signed), until their record shows.</extracomment>
        <translation>Please answer every question before signing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has changed since your answers were saved.</source>
        <translation>Nothing has changed since your answers were saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose an answer first.</source>
        <translation>Please choose an answer first.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+260"/>
        <source>For %1, as their deputy</source>
        <translation>For %1, as their deputy</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+260"/>
        <source>For myself</source>
        <translation>For myself</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>New version: you answered on version %1. Please read it and review your answers.</source>
        <translation>New version: you answered on version %1. Please read it and review your answers.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed on this device and waiting to be sent. It counts if it reaches the server before the deadline.</source>
        <translation>Signed on this device and waiting to be sent. It counts if it reaches the server before the deadline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent. It counts if it reaches the server before the deadline.</source>
        <translation>Waiting to be sent. It counts if it reaches the server before the deadline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Received by the server on %1, before the deadline.</source>
        <translation>Received by the server on %1, before the deadline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed: it can no longer change.</source>
        <translation>Signed: it can no longer change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed yet: sign it to make it final. Until then you may change it.</source>
        <translation>Not signed yet: sign it to make it final. Until then you may change it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may change it until the deadline.</source>
        <translation>You may change it until the deadline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was given on an earlier version of a document.</source>
        <translation>It was given on an earlier version of a document.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not answered.</source>
        <translation>Not answered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed ✓</source>
        <translation>Signed ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received, not signed</source>
        <translation>Received, not signed</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Answer by %1</source>
        <translation>Answer by %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers are signed with your certificate. A signed answer is final; until you sign, you may change it.</source>
        <translation>Answers are signed with your certificate. A signed answer is final; until you sign, you may change it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signature is asked for. You may change your answers until the deadline.</source>
        <translation>No signature is asked for. You may change your answers until the deadline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering</source>
        <translation>Answering</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save without signing</source>
        <translation>Save without signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and send</source>
        <translation>Sign and send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing makes your answers final.</source>
        <translation>Signing makes your answers final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send my answers</source>
        <translation>Send my answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may change your answers until the deadline.</source>
        <translation>You may change your answers until the deadline.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server did not record %n answer(s) sent from this device:</source>
        <translation>
            <numerusform>The server did not record %n answer sent from this device:</numerusform>
            <numerusform>The server did not record %n answers sent from this device:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Dismiss: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secretariat closed this consultation early, on %1.</source>
        <translation>The secretariat closed this consultation early, on %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This consultation is closed. Answers are no longer accepted.</source>
        <translation>This consultation is closed. Answers are no longer accepted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline has passed. Answers are no longer accepted.</source>
        <translation>The deadline has passed. Answers are no longer accepted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline and the deadline is near (%1, %2). You can answer now: your answers are sent when the connection is back, and count only if they reach the server before the deadline.</source>
        <translation>You are offline and the deadline is near (%1, %2). You can answer now: your answers are sent when the connection is back, and count only if they reach the server before the deadline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are offline. You can answer now: your answers are kept on this device and sent when the connection is back.</source>
        <translation>You are offline. You can answer now: your answers are kept on this device and sent when the connection is back.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../ecabinet/ui/between/consultations.py" line="+137"/>
        <source>Result report</source>
        <translation>Result report</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Your answers to “%1”</source>
        <translation>Your answers to “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending your answers…</source>
        <translation>Sending your answers…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The signed result report was accepted and goes to every member.</source>
        <translation>The signed result report was accepted and goes to every member.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result report of “%1”</source>
        <translation>The result report of “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result report was not signed: %1</source>
        <translation>The result report was not signed: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answers were not signed: %1</source>
        <translation>Your answers were not signed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The server did not record %n answer(s). The reason is shown below.</source>
        <translation>
            <numerusform>The server did not record %n answer. The reason is shown below.</numerusform>
            <numerusform>The server did not record %n answers. The reason is shown below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline. Your answers are kept on this device and sent when the connection is back; they count if they reach the server before the deadline.</source>
        <translation>You are offline. Your answers are kept on this device and sent when the connection is back; they count if they reach the server before the deadline.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answers are kept on this device and will be sent at the next sync.</source>
        <translation>Your answers are kept on this device and will be sent at the next sync.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers reached the server before the deadline. The time of receipt is shown with each answer.</source>
        <translation>Your answers reached the server before the deadline. The time of receipt is shown with each answer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All consultations</source>
        <translation>All consultations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no consultations for you yet.</source>
        <translation>There are no consultations for you yet.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../ecabinet/ui/crash.py" line="+123"/>
        <source>Something unexpected happened in eCabinet. What you were doing may not have finished, but your documents, notes and votes on this device are safe, and you can go on working.</source>
        <extracomment>Reports kept in the folder; older ones are removed so a loop of errors cannot fill the disk.</extracomment>
        <translation>Something unexpected happened in eCabinet. What you were doing may not have finished, but your documents, notes and votes on this device are safe, and you can go on working.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report without any document content was saved for the IT office:</source>
        <translation>A report without any document content was saved for the IT office:</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ecabinet/ui/signing.py" line="+280"/>
        <source>No signing certificate is set up on this device yet.</source>
        <extracomment>Issuer certificates embedded with a token&apos;s signatures (when the token lacks them). A note under the choices (the demo says which passphrase or PIN to type).</extracomment>
        <translation>No signing certificate is set up on this device yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your certificate file</source>
        <translation>Choose your certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing certificate</source>
        <translation>Your signing certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from this device</source>
        <translation>Remove from this device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File (.p12 or .pfx)</source>
        <translation>File (.p12 or .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the file</source>
        <translation>Passphrase of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token driver (PKCS#11 module)</source>
        <translation>Token driver (PKCS#11 module)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token name</source>
        <translation>Token name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name (optional)</source>
        <translation>Key name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase or PIN on this device</source>
        <translation>Remember the passphrase or PIN on this device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this certificate</source>
        <translation>Use this certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardGroup</name>
    <message>
        <location filename="../ecabinet/ui/between/tasks.py" line="+166"/>
        <source>no tasks</source>
        <translation>no tasks</translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+148"/>
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
    <name>DocumentReader</name>
    <message>
        <location filename="../ecabinet/ui/between/consultations.py" line="-347"/>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You are offline. This document opens when the connection is back.</source>
        <translation>You are offline. This document opens when the connection is back.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to the consultation</source>
        <translation>Back to the consultation</translation>
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
        <location filename="../ecabinet/ui/messages.py" line="-119"/>
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
    <message>
        <location line="+5"/>
        <source>The passphrase is not correct, or the certificate file is damaged. Please try again.</source>
        <translation>The passphrase is not correct, or the certificate file is damaged. Please try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token did not accept this PIN. Please try again.</source>
        <translation>The token did not accept this PIN. Please try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is locked after too many wrong PINs. Please contact the IT office.</source>
        <translation>The token is locked after too many wrong PINs. Please contact the IT office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing was cancelled.</source>
        <translation>Signing was cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing token cannot be reached. Please check that it is plugged in and try again.</source>
        <translation>The signing token cannot be reached. Please check that it is plugged in and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file or token holds no signing key. Please use the file the IT office gave you.</source>
        <translation>This file or token holds no signing key. Please use the file the IT office gave you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signing certificate has expired. Please ask the IT office for a new one.</source>
        <translation>Your signing certificate has expired. Please ask the IT office for a new one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already signed this document.</source>
        <translation>You have already signed this document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate may not be used to sign documents. Please ask the IT office.</source>
        <translation>This certificate may not be used to sign documents. Please ask the IT office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signing certificate is set up on this device yet.</source>
        <translation>No signing certificate is set up on this device yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature could not be made (%1). Please try again.</source>
        <translation>The signature could not be made (%1). Please try again.</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../ecabinet/ui/minutes/rich_text.py" line="+262"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../ecabinet/ui/live/panel.py" line="+44"/>
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
        <location line="+201"/>
        <source>I am here</source>
        <extracomment>The chair&apos;s positions board is fetched again at most this often while the session state changes. Signs ballots of votes that require it (set by the window; None: such votes cannot be answered here).</extracomment>
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
        <source>Send my deputy</source>
        <translation>Send my deputy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy who takes your place in this meeting</source>
        <translation>Deputy who takes your place in this meeting</translation>
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
        <source>Positions before the meeting</source>
        <translation>Positions before the meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed ballots</source>
        <translation>Signed ballots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member signs their ballot with their certificate. Not for secret ballots: a signature names the voter.</source>
        <translation>Each member signs their ballot with their certificate. Not for secret ballots: a signature names the voter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody can see who voted what. Secret ballots are never signed.</source>
        <translation>Nobody can see who voted what. Secret ballots are never signed.</translation>
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
        <location line="+36"/>
        <source>No objection</source>
        <translation>No objection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes to speak</source>
        <translation>Wishes to speak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to discuss</source>
        <translation>to discuss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncontested</source>
        <translation>uncontested</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not stated: %1</source>
        <translation>Not stated: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stands aside: %1</source>
        <translation>Stands aside: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Represented by %1</source>
        <translation>Represented by %1</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+3"/>
        <source>Named vote with signed ballots: you sign your ballot with your certificate, and the result will show who voted what.</source>
        <translation>Named vote with signed ballots: you sign your ballot with your certificate, and the result will show who voted what.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+15"/>
        <location line="+22"/>
        <source>Sending your ballot…</source>
        <translation>Sending your ballot…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This vote needs your signature, and signing is not available here.</source>
        <translation>This vote needs your signature, and signing is not available here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing your ballot…</source>
        <translation>Signing your ballot…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ballot: “%1” on %2</source>
        <translation>Your ballot: “%1” on %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your ballot was counted: %1</source>
        <translation>Your ballot was counted: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the question of the vote first.</source>
        <translation>Write the question of the vote first.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../ecabinet/ui/main_window.py" line="+276"/>
        <source>eCabinet</source>
        <extracomment>The servers this profile has confirmed (name and certificate fingerprint), see `ecabinet.ui.first_run`. This profile&apos;s choices (language, theme, text size, automatic lock), saved beside its device id. First run: which server (None when the address is known and the provisioning file, if any, is sound). &quot;A newer app is available&quot; above every page, from the server&apos;s announcement. Locks the session after the chosen minutes without input (when a PIN is set); watching while signed in. Every signature the app makes (ballots, minutes, answers) asks and works through this one runner. `ecabinet demo` only: the demo&apos;s certificates, offered when a demo user sets up signing. Consultations, notifications and tasks (issue 16): pages in the stack, reached from Home&apos;s tiles.</extracomment>
        <translation>eCabinet</translation>
    </message>
    <message>
        <location line="+165"/>
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
    <message>
        <location line="+54"/>
        <source>Demo: your key is on a SoftHSM2 token, as a USB token would hold it. Its PIN is %1.</source>
        <translation>Demo: your key is on a SoftHSM2 token, as a USB token would hold it. Its PIN is %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo: this is your demo certificate file. Its passphrase is “%1”.</source>
        <translation>Demo: this is your demo certificate file. Its passphrase is “%1”.</translation>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+143"/>
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
        <source>Older meeting: its papers are kept on the server, not on this device</source>
        <translation>Older meeting: its papers are kept on the server, not on this device</translation>
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
        <location filename="../ecabinet/ui/meeting_page.py" line="+401"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window). Who signed the document shown, checked on this device (`attach_signatures`). Per document, the version this reader had read before a newer one was opened (for &quot;What changed&quot;).</extracomment>
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
        <location line="+34"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Back to the agenda</source>
        <translation>Back to the agenda</translation>
    </message>
    <message>
        <location line="+391"/>
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
        <location line="-481"/>
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
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of this meeting: text, approval, signatures</source>
        <translation>The minutes of this meeting: text, approval, signatures</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+118"/>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+180"/>
        <source>Signed in as %1</source>
        <extracomment>Between meetings (issue 16): consultations, notifications and tasks, each a large tile with a badge.</extracomment>
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
    <name>Minutes</name>
    <message>
        <location filename="../ecabinet/ui/minutes/sections.py" line="+27"/>
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
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No objection</source>
        <translation>No objection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wish to speak</source>
        <translation>Wish to speak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positions before the meeting: %1</source>
        <translation>Positions before the meeting: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoke: %1</source>
        <translation>Spoke: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret vote</source>
        <translation>secret vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named vote</source>
        <translation>named vote</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+79"/>
        <source>General remarks</source>
        <translation>General remarks</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No text yet.</source>
        <translation>No text yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this text meanwhile. Yours is kept above; theirs is shown here:</source>
        <translation>Someone else saved this text meanwhile. Yours is kept above; theirs is shown here:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use their text instead of mine</source>
        <translation>Use their text instead of mine</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../ecabinet/ui/minutes/page.py" line="+356"/>
        <source>The minutes are final. The signers can now sign them, in order.</source>
        <translation>The minutes are final. The signers can now sign them, in order.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Changes not saved yet</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+395"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Loading the minutes…</source>
        <translation>Loading the minutes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretary has not started the minutes yet.</source>
        <translation>The secretary has not started the minutes yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretary is writing the minutes. They can still change.</source>
        <translation>The secretary is writing the minutes. They can still change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final: waiting for signatures</source>
        <translation>Final: waiting for signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is fixed. The signers sign in order.</source>
        <translation>The text is fixed. The signers sign in order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being signed</source>
        <translation>Being signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 signers have signed.</source>
        <translation>%1 of %2 signers have signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by everyone: these are the official minutes of the meeting.</source>
        <translation>Signed by everyone: these are the official minutes of the meeting.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will sign</source>
        <translation>will sign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signers:</source>
        <translation>Signers:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No signers chosen yet.</source>
        <translation>No signers chosen yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is your turn to sign.</source>
        <translation>It is your turn to sign.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You sign after: %1</source>
        <translation>You sign after: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the minutes</source>
        <translation>Read the minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My signing certificate…</source>
        <translation>My signing certificate…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your approval</source>
        <translation>Your approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the draft</source>
        <translation>Approve the draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my comments</source>
        <translation>Send my comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Comments for the secretary</source>
        <translation>Comments for the secretary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You approved this draft. You can still send comments.</source>
        <translation>You approved this draft. You can still send comments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sent comments: %1</source>
        <translation>You sent comments: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secretary asks you to approve this draft of the minutes, or to send comments.</source>
        <translation>The secretary asks you to approve this draft of the minutes, or to send comments.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval by members</source>
        <translation>Approval by members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked, no answer yet</source>
        <translation>asked, no answer yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commented</source>
        <translation>commented</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody has been asked yet.</source>
        <translation>Nobody has been asked yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask these participants to approve the draft:</source>
        <translation>Ask these participants to approve the draft:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask to approve</source>
        <translation>Ask to approve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who signs</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick who signs the minutes. They sign in this order: secretaries, then members, then the chair.</source>
        <translation>Tick who signs the minutes. They sign in this order: secretaries, then members, then the chair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the signers</source>
        <translation>Save the signers</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The minutes were saved.</source>
        <translation>The minutes were saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Someone else saved the minutes meanwhile. Your text is kept; where theirs differs it is shown under yours. Save again to keep yours.</source>
        <translation>Someone else saved the minutes meanwhile. Your text is kept; where theirs differs it is shown under yours. Save again to keep yours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the minutes meanwhile; they were reloaded.</source>
        <translation>Someone else changed the minutes meanwhile; they were reloaded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise the minutes</source>
        <translation>Finalise the minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise the minutes? Their text can no longer change afterwards: the PDF is made and the signers can sign it. Unsaved changes are saved first.</source>
        <translation>Finalise the minutes? Their text can no longer change afterwards: the PDF is made and the signers can sign it. Unsaved changes are saved first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making the PDF of the minutes…</source>
        <translation>Making the PDF of the minutes…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one person to sign the minutes.</source>
        <translation>Choose at least one person to sign the minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write your comments first.</source>
        <translation>Write your comments first.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The signing certificate on this device is not the one registered for you, so the server would not accept the signature. Choose your registered certificate (My signing certificate…) or ask the IT office to register this one.</source>
        <translation>The signing certificate on this device is not the one registered for you, so the server would not accept the signature. Choose your registered certificate (My signing certificate…) or ask the IT office to register this one.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The minutes of %1</source>
        <translation>The minutes of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed on this device. Sending the signed minutes to the server…</source>
        <translation>Signed on this device. Sending the signed minutes to the server…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your signature was accepted. Thank you.</source>
        <translation>Your signature was accepted. Thank you.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the meeting</source>
        <translation>Back to the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: %1</source>
        <translation>Minutes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General remarks</source>
        <translation>General remarks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the minutes (Ctrl+S)</source>
        <translation>Save the minutes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
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
    <name>NotificationRow</name>
    <message>
        <location filename="../ecabinet/ui/between/notifications.py" line="+73"/>
        <source>Tap to open the consultation</source>
        <extracomment>What a notification can open, by its `subject_kind`.</extracomment>
        <translation>Tap to open the consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap to open the meeting</source>
        <translation>Tap to open the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap to open the task</source>
        <translation>Tap to open the task</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location line="+94"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything is read</source>
        <translation>Everything is read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notifications yet. Reminders and news from the secretariat appear here.</source>
        <translation>No notifications yet. Reminders and news from the secretariat appear here.</translation>
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
        <location line="+1"/>
        <source>Your answer to a consultation</source>
        <translation>Your answer to a consultation</translation>
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
    <name>PageHeader</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="+104"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Home</source>
        <translation>Back to Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
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
    <name>QuestionBlock</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="-897"/>
        <source>Please write your comment: this choice needs one.</source>
        <extracomment>The member changed something here since it was last loaded (a sync then keeps their values).</extracomment>
        <translation>Please write your comment: this choice needs one.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your comment (needed for this choice)</source>
        <translation>Your comment (needed for this choice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Your comment (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment on question %1</source>
        <translation>Comment on question %1</translation>
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
    <name>ResultsPanel</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="+130"/>
        <source>Close the consultation now?</source>
        <translation>Close the consultation now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member can answer or change an answer after this, and the result report is made at once. Close it now?</source>
        <translation>No member can answer or change an answer after this, and the result report is made at once. Close it now?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Close now</source>
        <translation>Close now</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Results so far</source>
        <translation>Results so far</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the consultation now, before its deadline</source>
        <translation>Close the consultation now, before its deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 members have answered every question; %3 signed.</source>
        <translation>%1 of %2 members have answered every question; %3 signed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (represented by %2)</source>
        <translation>%1 (represented by %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on an earlier version</source>
        <translation>on an earlier version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered: %1</source>
        <translation>Not answered: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The result report is made when the consultation closes.</source>
        <translation>The result report is made when the consultation closes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed result report is available to every member.</source>
        <translation>The signed result report is available to every member.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result report is ready; it is not signed by the secretariat yet.</source>
        <translation>The result report is ready; it is not signed by the secretariat yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the result report</source>
        <translation>Open the result report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the result report</source>
        <translation>Sign the result report</translation>
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
    <name>SecretDialog</name>
    <message>
        <location filename="../ecabinet/ui/signing.py" line="-230"/>
        <location line="+12"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Enter the PIN of your signing token</source>
        <translation>Enter the PIN of your signing token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of your signing certificate</source>
        <translation>Enter the passphrase of your signing certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the PIN on this device</source>
        <translation>Remember the PIN on this device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remember the passphrase on this device</source>
        <translation>Remember the passphrase on this device</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <location filename="../ecabinet/ui/settings_dialog.py" line="+204"/>
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
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None on this device yet.</source>
        <translation>None on this device yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up…</source>
        <translation>Set up…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>SignatureCounts</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/signatures_panel.py" line="+306"/>
        <source>%n signature(s) with a problem. Do not rely on this document until it is checked.</source>
        <extracomment>Problems that make a signature plainly invalid (the certificate or the signature itself is not good). Where the cached PEM lives inside the user&apos;s signing folder. Overrides the server&apos;s roots for every check (a provisioning file&apos;s `signature_roots`).</extracomment>
        <translation>
            <numerusform>%n signature with a problem. Do not rely on this document until it is checked.</numerusform>
            <numerusform>%n signatures with a problem. Do not rely on this document until it is checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Signed by %n person(s). Every signature is valid.</source>
        <translation>
            <numerusform>Signed by %n person. Every signature is valid.</numerusform>
            <numerusform>Signed by %n persons. Every signature is valid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location line="+10"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified after signing</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown signer</source>
        <translation>Unknown signer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature does not match the document: the signed content was altered.</source>
        <translation>The signature does not match the document: the signed content was altered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document was changed after this signature was made.</source>
        <translation>The document was changed after this signature was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>The signer&apos;s certificate has been revoked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate had expired when it was used.</source>
        <translation>The signer&apos;s certificate had expired when it was used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate was not yet valid when it was used.</source>
        <translation>The signer&apos;s certificate was not yet valid when it was used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate may not be used to sign documents.</source>
        <translation>The signer&apos;s certificate may not be used to sign documents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time stamp of this signature is not valid.</source>
        <translation>The time stamp of this signature is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made with a certificate that is not the one registered for this person.</source>
        <translation>It was made with a certificate that is not the one registered for this person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in a place nobody was asked to sign.</source>
        <translation>It is in a place nobody was asked to sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate was not issued by an authority this eCabinet server trusts, so the signer cannot be confirmed.</source>
        <translation>The certificate was not issued by an authority this eCabinet server trusts, so the signer cannot be confirmed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This signature could not be confirmed.</source>
        <translation>This signature could not be confirmed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is valid and the document has not changed since it was signed.</source>
        <translation>The signature is valid and the document has not changed since it was signed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed %1 (time confirmed by a time-stamp authority)</source>
        <translation>Signed %1 (time confirmed by a time-stamp authority)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed %1 (time from the signer&apos;s device)</source>
        <translation>Signed %1 (time from the signer&apos;s device)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time of signing is not recorded.</source>
        <translation>The time of signing is not recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signatures of this document could not be read.</source>
        <translation>The signatures of this document could not be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not based on the minutes the server made.</source>
        <translation>This file is not based on the minutes the server made.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of trusted authorities has not been received from the server yet: connect once so the signers can be confirmed.</source>
        <translation>The list of trusted authorities has not been received from the server yet: connect once so the signers can be confirmed.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Unnamed signer</source>
        <translation>Unnamed signer</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signatures could not be checked. Please try again.</source>
        <translation>The signatures could not be checked. Please try again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+75"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Signatures…</source>
        <translation>Signatures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature problem</source>
        <translation>Signature problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who signed this document, and whether the signatures are valid</source>
        <translation>Who signed this document, and whether the signatures are valid</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../ecabinet/ui/signing.py" line="-73"/>
        <source>%1, issued by %2</source>
        <extracomment>The token modules a government laptop is likely to have; the first that exists is offered.</extracomment>
        <translation>%1, issued by %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint %1 …</source>
        <translation>Fingerprint %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the token %1</source>
        <translation>On the token %1</translation>
    </message>
</context>
<context>
    <name>SigningRunner</name>
    <message>
        <location line="+407"/>
        <source>Signing…</source>
        <extracomment>A signature that takes longer than this shows a progress dialog. Fills in a new certificate dialog before it shows (the demo offers its own certificates).</extracomment>
        <translation>Signing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
</context>
<context>
    <name>TaskAssignee</name>
    <message>
        <location filename="../ecabinet/ui/between/tasks.py" line="-117"/>
        <source>Assigned to you</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location line="+62"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress %1%</source>
        <translation>Progress %1%</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <location line="+186"/>
        <source>Write a note, or change the status or the progress.</source>
        <translation>Write a note, or change the status or the progress.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From a decision adopted by vote</source>
        <translation>From a decision adopted by vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a decision on an agenda item</source>
        <translation>From a decision on an agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a written consultation</source>
        <translation>From a written consultation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress notes (%1)</source>
        <translation>Progress notes (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No progress notes yet.</source>
        <translation>No progress notes yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a progress note</source>
        <translation>Add a progress note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been done, what is next</source>
        <translation>What has been done, what is next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (tap to change)</source>
        <translation>Status (tap to change)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline. Your note is kept on this device and sent when the connection is back.</source>
        <translation>You are offline. Your note is kept on this device and sent when the connection is back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the note</source>
        <translation>Add the note</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="-102"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../ecabinet/ui/between/tasks.py" line="+236"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tasks (%1)</source>
        <translation>My tasks (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks are assigned to you.</source>
        <translation>No tasks are assigned to you.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n task(s) from decisions, by body; overdue ones first.</source>
        <translation>
            <numerusform>%n task from decisions, by body; overdue ones first.</numerusform>
            <numerusform>%n tasks from decisions, by body; overdue ones first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
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
    <name>TimeLeft</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="+39"/>
        <source>The deadline has passed</source>
        <translation>The deadline has passed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n minute(s) left</source>
        <translation>%n minute(s) left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n hour(s) left</source>
        <translation>%n hour(s) left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n day(s) left</source>
        <translation>%n day(s) left</translation>
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
        <location filename="../ecabinet/ui/prepare/agenda.py" line="-329"/>
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
    <message>
        <location filename="../ecabinet/ui/minutes/page.py" line="-795"/>
        <source>The server did not accept the signed file: a signature does not match the document.</source>
        <translation>The server did not accept the signed file: a signature does not match the document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the file: it was changed after it was signed.</source>
        <translation>The server did not accept the file: it was changed after it was signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the file: it is not based on the minutes the server made.</source>
        <translation>The server did not accept the file: it is not based on the minutes the server made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept your signature: your certificate is not issued by an authority it trusts. Please contact the IT office.</source>
        <translation>The server did not accept your signature: your certificate is not issued by an authority it trusts. Please contact the IT office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept your signature: your certificate was revoked.</source>
        <translation>The server did not accept your signature: your certificate was revoked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept your signature: the certificate you signed with is not the one registered for you. Please use your registered certificate or ask the IT office to register this one.</source>
        <translation>The server did not accept your signature: the certificate you signed with is not the one registered for you. Please use your registered certificate or ask the IT office to register this one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your certificate is not approved yet. An administrator must approve it; then sign again.</source>
        <translation>Your certificate is not approved yet. An administrator must approve it; then sign again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes are signed in order: the secretary first, then the chair.</source>
        <translation>The minutes are signed in order: the secretary first, then the chair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone signed the minutes meanwhile. The newest version has been loaded: please sign again.</source>
        <translation>Someone signed the minutes meanwhile. The newest version has been loaded: please sign again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone has already signed these minutes.</source>
        <translation>Everyone has already signed these minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are not final yet: there is nothing to sign.</source>
        <translation>The minutes are not final yet: there is nothing to sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file carries no new signature.</source>
        <translation>The file carries no new signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing certificate had expired. Please ask the IT office for a new one.</source>
        <translation>Your signing certificate had expired. Please ask the IT office for a new one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certificate may not be used to sign documents.</source>
        <translation>Your certificate may not be used to sign documents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes are finalised after the meeting is closed.</source>
        <translation>Minutes are finalised after the meeting is closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are final: their text and signers can no longer change.</source>
        <translation>The minutes are final: their text and signers can no longer change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one person to sign the minutes.</source>
        <translation>Choose at least one person to sign the minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not do this for these minutes.</source>
        <translation>You may not do this for these minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only participants of the meeting can sign or approve the minutes.</source>
        <translation>Only participants of the meeting can sign or approve the minutes.</translation>
    </message>
</context>
</TS>
