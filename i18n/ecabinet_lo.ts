<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA" sourcelanguage="en">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="+81"/>
        <source>Who may read this document</source>
        <translation>ໃຜສາມາດອ່ານເອກະສານນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the participants ticked below (confidential)</source>
        <translation>ສະເພາະຜູ້ເຂົ້າຮ່ວມທີ່ໝາຍໄວ້ຂ້າງລຸ່ມ (ລັບ)</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="+189"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ຜູ້ກະທຳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ສິ່ງທີ່ເຮັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity on this meeting</source>
        <translation>ການເຄື່ອນໄຫວຂອງກອງປະຊຸມນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../ecabinet/ui/prepare/agenda.py" line="+275"/>
        <source>No.</source>
        <translation>ລຳດັບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>ຜູ້ນຳສະເໜີ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items; drag to reorder, drop PDFs on an item to add them</source>
        <translation>ວາລະກອງປະຊຸມ; ລາກເພື່ອຈັດລຳດັບ, ວາງໄຟລ໌ PDF ໃສ່ວາລະເພື່ອເພີ່ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>ຫົວຂໍ້ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter</source>
        <translation>ຜູ້ນຳສະເໜີ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;minutes</source>
        <translation>ນາທີທີ່ວາງແຜນ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save item</source>
        <translation>ບັນທຶກວາລະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>ເພີ່ມວາລະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sub-item</source>
        <translation>ເພີ່ມວາລະຍ່ອຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete item</source>
        <translation>ລຶບວາລະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents of the item</source>
        <translation>ເອກະສານຂອງວາລະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop PDF files here or on an agenda item, several at once.</source>
        <translation>ວາງໄຟລ໌ PDF ໃສ່ບ່ອນນີ້ ຫຼື ໃສ່ວາລະ, ໄດ້ຫຼາຍໄຟລ໌ພ້ອມກັນ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents of the selected item</source>
        <translation>ເອກະສານຂອງວາລະທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add PDFs…</source>
        <translation>ເພີ່ມ PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version…</source>
        <translation>ສະບັບໃໝ່…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may read…</source>
        <translation>ໃຜອ່ານໄດ້…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw version…</source>
        <translation>ຖອນສະບັບ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted items (can be restored until publication)</source>
        <translation>ວາລະທີ່ຖືກລຶບ (ກູ້ຄືນໄດ້ຈົນກວ່າຈະເຜີຍແຜ່)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>late addition</source>
        <translation>ເພີ່ມຊ້າ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Planned %1 of %2 minutes</source>
        <translation>ວາງແຜນ %1 ຈາກ %2 ນາທີ</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ໜ້າ</numerusform>
            <numerusform>%n ໜ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1</source>
        <translation>ສະບັບທີ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named readers only</source>
        <translation>ສະເພາະຜູ້ອ່ານທີ່ລະບຸ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recognising text: %1 of %2 pages</source>
        <translation>ກຳລັງຮັບຮູ້ຕົວອັກສອນ: %1 ຈາກ %2 ໜ້າ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text recognised</source>
        <translation>ຮັບຮູ້ຕົວອັກສອນແລ້ວ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New item</source>
        <translation>ວາລະໃໝ່</translation>
    </message>
</context>
<context>
    <name>AgendaItemBlock</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+333"/>
        <source>Other documents</source>
        <translation>ເອກະສານອື່ນໆ</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late addition</source>
        <translation>ເພີ່ມເຂົ້າພາຍຫຼັງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No objection</source>
        <translation>ບໍ່ຄັດຄ້ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I wish to speak</source>
        <translation>ຂ້ອຍຕ້ອງການປາກເວົ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I object…</source>
        <translation>ຂ້ອຍຄັດຄ້ານ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why do you object? (Enter sends)</source>
        <translation>ເປັນຫຍັງທ່ານຄັດຄ້ານ? (ກົດ Enter ເພື່ອສົ່ງ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for objecting</source>
        <translation>ເຫດຜົນຂອງການຄັດຄ້ານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your position: %1</source>
        <translation>ຄວາມເຫັນຂອງທ່ານ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to be sent</source>
        <translation>ລໍຖ້າສົ່ງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your position before the meeting:</source>
        <translation>ຄວາມເຫັນຂອງທ່ານກ່ອນກອງປະຊຸມ:</translation>
    </message>
</context>
<context>
    <name>AnnotationBar</name>
    <message>
        <location filename="../ecabinet/ui/annotation_bar.py" line="+104"/>
        <source>Read</source>
        <translation>ອ່ານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read and scroll; tap a mark to share, edit or delete it</source>
        <translation>ອ່ານ ແລະ ເລື່ອນໜ້າ; ແຕະເຄື່ອງໝາຍເພື່ອແບ່ງປັນ, ແກ້ໄຂ ຫຼື ລຶບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen</source>
        <translation>ປາກກາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write with the pen</source>
        <translation>ຂຽນດ້ວຍປາກກາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>ໄຮໄລ້</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight text: drag across the words</source>
        <translation>ໄຮໄລ້ຂໍ້ຄວາມ: ລາກຜ່ານຄຳສັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note: tap where it belongs</source>
        <translation>ເພີ່ມບັນທຶກ: ແຕະບ່ອນທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>ຢາງລຶບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase your marks: touch them</source>
        <translation>ລຶບເຄື່ອງໝາຍຂອງທ່ານ: ແຕະໃສ່</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Red</source>
        <translation>ສີແດງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>ສີຟ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>ສີຂຽວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>ສີເຫຼືອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>ສີມ່ວງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour: %1</source>
        <translation>ສີ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>ຍົກເລີກການກະທຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change to your marks</source>
        <translation>ຍົກເລີກການປ່ຽນແປງເຄື່ອງໝາຍຫຼ້າສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>ເຮັດຄືນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share new marks</source>
        <translation>ແບ່ງປັນເຄື່ອງໝາຍໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share what I mark from now on with the meeting&apos;s participants</source>
        <translation>ແບ່ງປັນສິ່ງທີ່ຂ້ອຍໝາຍຕັ້ງແຕ່ນີ້ໄປ ກັບຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private marks stay on this device. Shared ones are seen by the participants of the meeting.</source>
        <translation>ເຄື່ອງໝາຍສ່ວນຕົວຢູ່ໃນອຸປະກອນນີ້ເທົ່ານັ້ນ. ເຄື່ອງໝາຍທີ່ແບ່ງປັນ ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມຈະເຫັນ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My notes</source>
        <translation>ບັນທຶກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List my notes and marks in this meeting</source>
        <translation>ລາຍການບັນທຶກ ແລະ ເຄື່ອງໝາຍຂອງຂ້ອຍໃນກອງປະຊຸມນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export copy</source>
        <translation>ສົ່ງອອກສຳເນົາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this document with my marks as a PDF</source>
        <translation>ບັນທຶກສຳເນົາເອກະສານນີ້ພ້ອມເຄື່ອງໝາຍຂອງຂ້ອຍເປັນ PDF</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+70"/>
        <source>Paperless cabinet meetings</source>
        <translation>ກອງປະຊຸມລັດຖະບານແບບບໍ່ໃຊ້ເຈ້ຍ</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <location filename="../ecabinet/ui/changes_panel.py" line="+53"/>
        <source>Page %1 is new</source>
        <translation>ໜ້າ %1 ເປັນໜ້າໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of the version you read was removed</source>
        <translation>ໜ້າ %1 ຂອງສະບັບທີ່ທ່ານອ່ານຖືກລຶບອອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text added on page %1</source>
        <translation>ເພີ່ມຂໍ້ຄວາມໃນໜ້າ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text rewritten on page %1</source>
        <translation>ແກ້ໄຂຂໍ້ຄວາມໃນໜ້າ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text deleted near page %1</source>
        <translation>ລຶບຂໍ້ຄວາມໃກ້ໜ້າ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text deleted from page %1 of the version you read</source>
        <translation>ລຶບຂໍ້ຄວາມຈາກໜ້າ %1 ຂອງສະບັບທີ່ທ່ານອ່ານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Was: “%1”</source>
        <translation>ເດີມ: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: “%1”</source>
        <translation>ປັດຈຸບັນ: “%1”</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>What changed</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Comparing with the version you read…</source>
        <translation>ກຳລັງປຽບທຽບກັບສະບັບທີ່ທ່ານອ່ານ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The versions could not be compared.</source>
        <translation>ບໍ່ສາມາດປຽບທຽບສະບັບໄດ້.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is the same as in the version you read.</source>
        <translation>ຂໍ້ຄວາມຄືກັບສະບັບທີ່ທ່ານອ່ານ.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) since the version you read</source>
        <translation>
            <numerusform>%n ການປ່ຽນແປງ ນັບແຕ່ສະບັບທີ່ທ່ານອ່ານ</numerusform>
            <numerusform>%n ການປ່ຽນແປງ ນັບແຕ່ສະບັບທີ່ທ່ານອ່ານ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+120"/>
        <source>administrator: users and devices, no meeting content</source>
        <extracomment>Role descriptions the demo account list may use (those `ecabinet demo` passes, and short generic ones); any of these is shown translated, anything else as given.</extracomment>
        <translation>ຜູ້ເບິ່ງແຍງລະບົບ: ຜູ້ໃຊ້ ແລະ ອຸປະກອນ, ບໍ່ເຂົ້າເຖິງເນື້ອໃນກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabinet secretariat: prepares the meetings</source>
        <translation>ກອງເລຂາລັດຖະບານ: ກະກຽມກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prime Minister, chairs the cabinet</source>
        <translation>ນາຍົກລັດຖະມົນຕີ, ເປັນປະທານກອງປະຊຸມລັດຖະບານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Finance</source>
        <translation>ລັດຖະມົນຕີກະຊວງການເງິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Planning and Investment</source>
        <translation>ລັດຖະມົນຕີກະຊວງແຜນການ ແລະ ການລົງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Technology and Communications</source>
        <translation>ລັດຖະມົນຕີກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Health</source>
        <translation>ລັດຖະມົນຕີກະຊວງສາທາລະນະສຸກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Education and Training</source>
        <translation>ລັດຖະມົນຕີກະຊວງການສຶກສາ ແລະ ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Public Works (not on the committee)</source>
        <translation>ລັດຖະມົນຕີກະຊວງໂຍທາທິການ (ບໍ່ຢູ່ໃນຄະນະກຳມະການ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer from the Government Office: reads, never votes</source>
        <translation>ຜູ້ສັງເກດການຈາກຫ້ອງວ່າການລັດຖະບານ: ອ່ານເທົ່ານັ້ນ, ບໍ່ລົງຄະແນນສຽງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>ຜູ້ເບິ່ງແຍງລະບົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>ເລຂານຸການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>ປະທານກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister</source>
        <translation>ລັດຖະມົນຕີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>ຜູ້ສັງເກດການ</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/meeting_page.py" line="-125"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ໜ້າ</numerusform>
            <numerusform>%n ໜ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>ສະບັບທີ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not downloaded yet</source>
        <translation>ຍັງບໍ່ໄດ້ດາວໂຫຼດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version</source>
        <translation>ສະບັບໃໝ່</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>ຍັງບໍ່ໄດ້ອ່ານ</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ecabinet/ui/viewer/view.py" line="+90"/>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>ໜ້າເອກະສານ</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>Page %1</source>
        <translation>ໜ້າ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="-95"/>
        <source>The PIN was entered wrongly too many times, so this session has ended. Please sign in with your password.</source>
        <translation>ປ້ອນລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປ, ການເຂົ້າໃຊ້ນີ້ຈຶ່ງສິ້ນສຸດລົງ. ກະລຸນາເຂົ້າສູ່ລະບົບດ້ວຍລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username or password is not correct. Please check both and try again.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ. ກະລຸນາກວດສອບທັງສອງຢ່າງ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Please check the server address and your network connection, then try again.</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້. ກະລຸນາກວດສອບທີ່ຢູ່ເຊີບເວີ ແລະ ການເຊື່ອມຕໍ່ເຄືອຂ່າຍ, ແລ້ວລອງໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was disconnected by the IT office, and the eCabinet data on it has been removed. Please contact the IT office.</source>
        <translation>ອຸປະກອນນີ້ຖືກຕັດການເຊື່ອມຕໍ່ໂດຍພະແນກໄອທີ ແລະ ຂໍ້ມູນ eCabinet ໃນອຸປະກອນນີ້ໄດ້ຖືກລຶບອອກແລ້ວ. ກະລຸນາຕິດຕໍ່ພະແນກໄອທີ.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many sign-in attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>ພະຍາຍາມເຂົ້າສູ່ລະບົບຫຼາຍເກີນໄປ. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນ %n ວິນາທີ.</numerusform>
            <numerusform>ພະຍາຍາມເຂົ້າສູ່ລະບົບຫຼາຍເກີນໄປ. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນ %n ວິນາທີ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address uses an unprotected connection (http://). For your security, eCabinet connects to other computers only over https://. Please use an address that starts with https://.</source>
        <translation>ທີ່ຢູ່ນີ້ໃຊ້ການເຊື່ອມຕໍ່ທີ່ບໍ່ມີການປົກປ້ອງ (http://). ເພື່ອຄວາມປອດໄພ, eCabinet ເຊື່ອມຕໍ່ກັບຄອມພິວເຕີອື່ນຜ່ານ https:// ເທົ່ານັ້ນ. ກະລຸນາໃຊ້ທີ່ຢູ່ທີ່ເລີ່ມຕົ້ນດ້ວຍ https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the server address, for example https://ecabinet.example.gov.</source>
        <translation>ກະລຸນາໃສ່ທີ່ຢູ່ເຊີບເວີ, ຕົວຢ່າງ https://ecabinet.example.gov.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device has been offline for too long, so its documents are locked for your protection. Please sign in while connected to open them again.</source>
        <translation>ອຸປະກອນນີ້ ບໍ່ໄດ້ເຊື່ອມຕໍ່ເຄືອຂ່າຍດົນເກີນໄປ ເອກະສານຈຶ່ງຖືກລັອກໄວ້ ເພື່ອປົກປ້ອງທ່ານ. ກະລຸນາເຂົ້າສູ່ລະບົບ ໃນຂະນະທີ່ເຊື່ອມຕໍ່ເຄືອຂ່າຍ ເພື່ອເປີດເອກະສານອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open the eCabinet data on this device. Please enter the passphrase you chose when you first signed in here.</source>
        <translation>ວະລີລະຫັດຜ່ານນີ້ ເປີດຂໍ້ມູນ eCabinet ໃນອຸປະກອນນີ້ບໍ່ໄດ້. ກະລຸນາປ້ອນວະລີລະຫັດຜ່ານ ທີ່ທ່ານເລືອກໄວ້ ເມື່ອເຂົ້າສູ່ລະບົບຢູ່ນີ້ຄັ້ງທຳອິດ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has no secure key store. Please enter a passphrase to protect its data.</source>
        <translation>ອຸປະກອນນີ້ບໍ່ມີບ່ອນເກັບກະແຈທີ່ປອດໄພ. ກະລຸນາປ້ອນວະລີລະຫັດຜ່ານ ເພື່ອປົກປ້ອງຂໍ້ມູນຂອງອຸປະກອນ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>ການເຂົ້າສູ່ລະບົບຂອງທ່ານໝົດອາຍຸແລ້ວ. ກະລຸນາເຂົ້າສູ່ລະບົບອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem. Please try again in a few minutes. If it continues, contact the IT office.</source>
        <translation>ເຊີບເວີມີບັນຫາ. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນອີກສອງສາມນາທີ. ຖ້າບັນຫາຍັງຄົງມີຢູ່, ກະລຸນາຕິດຕໍ່ພະແນກໄອທີ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item is not available to you.</source>
        <translation>ລາຍການນີ້ບໍ່ມີໃຫ້ທ່ານເຂົ້າເຖິງ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ (%1). ກະລຸນາລອງໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>ມີບາງຢ່າງຜິດພາດ. ກະລຸນາລອງໃໝ່ອີກຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../ecabinet/ui/live/panel.py" line="+38"/>
        <source>For</source>
        <translation>ເຫັນດີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>ບໍ່ເຫັນດີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>ງົດອອກສຽງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adopted</source>
        <translation>ໄດ້ຮັບຮອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>ບໍ່ໄດ້ຮັບຮອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tied</source>
        <translation>ຄະແນນສຽງເທົ່າກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum</source>
        <translation>ບໍ່ຄົບອົງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection to the server. A vote counts only when the server confirms it: try again.</source>
        <translation>ບໍ່ມີການເຊື່ອມຕໍ່ກັບເຊີບເວີ. ຄະແນນສຽງຈະນັບກໍ່ຕໍ່ເມື່ອເຊີບເວີຢືນຢັນ: ກະລຸນາລອງໃໝ່.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vote is closed.</source>
        <translation>ການລົງຄະແນນສຽງປິດແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already voted.</source>
        <translation>ທ່ານໄດ້ລົງຄະແນນສຽງແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not among the voters of this vote.</source>
        <translation>ທ່ານບໍ່ຢູ່ໃນລາຍຊື່ຜູ້ລົງຄະແນນສຽງຄັ້ງນີ້.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not one of the vote&apos;s options.</source>
        <translation>ນີ້ບໍ່ແມ່ນທາງເລືອກຂອງການລົງຄະແນນສຽງ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the open vote first.</source>
        <translation>ກະລຸນາປິດການລົງຄະແນນສຽງທີ່ເປີດຢູ່ກ່ອນ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has not started.</source>
        <translation>ກອງປະຊຸມຍັງບໍ່ທັນເລີ່ມ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agenda item is open.</source>
        <translation>ຍັງບໍ່ມີວາລະໃດເປີດ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item is marked for approval en bloc.</source>
        <translation>ບໍ່ມີວາລະໃດຖືກໝາຍໄວ້ເພື່ອຮັບຮອງລວມ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair has already opened this item.</source>
        <translation>ປະທານໄດ້ເປີດວາລະນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair or the secretary may do this.</source>
        <translation>ສະເພາະປະທານ ຫຼື ເລຂາເທົ່ານັ້ນທີ່ເຮັດສິ່ງນີ້ໄດ້.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: %1</source>
        <translation>ເຊີບເວີປະຕິເສດ: %1</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location line="+171"/>
        <source>I am here</source>
        <translation>ຂ້ອຍມາແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in as present in the room</source>
        <translation>ລົງທະບຽນວ່າຢູ່ໃນຫ້ອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I take part remotely</source>
        <translation>ຂ້ອຍເຂົ້າຮ່ວມທາງໄກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the presenter&apos;s page</source>
        <translation>ຕິດຕາມໜ້າຂອງຜູ້ນຳສະເໜີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>ປະທານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session</source>
        <translation>ເລີ່ມກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the session</source>
        <translation>ປິດກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this item</source>
        <translation>ເປີດວາລະນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item to open</source>
        <translation>ວາລະທີ່ຈະເປີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve uncontested items en bloc</source>
        <translation>ຮັບຮອງລວມວາລະທີ່ບໍ່ມີການຄັດຄ້ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the floor to the next speaker</source>
        <translation>ໃຫ້ຄົນຕໍ່ໄປປາກເວົ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this speaker&apos;s turn</source>
        <translation>ຈົບການປາກເວົ້າຂອງຄົນນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Question of the vote</source>
        <translation>ຄຳຖາມຂອງການລົງຄະແນນສຽງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot</source>
        <translation>ລົງຄະແນນລັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple majority</source>
        <translation>ສຽງສ່ວນຫຼາຍທຳມະດາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two-thirds majority</source>
        <translation>ສຽງສ່ວນຫຼາຍສອງສ່ວນສາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute majority of all members</source>
        <translation>ສຽງສ່ວນຫຼາຍເດັດຂາດຂອງສະມາຊິກທັງໝົດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the vote</source>
        <translation>ເປີດການລົງຄະແນນສຽງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the vote</source>
        <translation>ປິດການລົງຄະແນນສຽງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to the session…</source>
        <translation>ກຳລັງເຊື່ອມຕໍ່ກັບກອງປະຊຸມ…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The session is in progress</source>
        <translation>ກອງປະຊຸມກຳລັງດຳເນີນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is closed</source>
        <translation>ກອງປະຊຸມປິດແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has not started yet</source>
        <translation>ກອງປະຊຸມຍັງບໍ່ທັນເລີ່ມ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: %1</source>
        <translation>ປັດຈຸບັນ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 voting members present · quorum %3</source>
        <translation>ສະມາຊິກລົງຄະແນນສຽງ %1 ຈາກ %2 ຄົນ ເຂົ້າຮ່ວມ · ອົງປະຊຸມ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached</source>
        <translation>ຄົບແລ້ວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>ຍັງບໍ່ຄົບ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has the floor</source>
        <translation>%1 ກຳລັງປາກເວົ້າ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n waiting to speak</source>
        <translation>
            <numerusform>%n ຄົນ ລໍຖ້າປາກເວົ້າ</numerusform>
            <numerusform>%n ຄົນ ລໍຖ້າປາກເວົ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has asked to speak</source>
        <translation>ຍັງບໍ່ມີໃຜຂໍປາກເວົ້າ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw my request to speak</source>
        <translation>ຖອນຄຳຂໍປາກເວົ້າ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask to speak</source>
        <translation>ຂໍປາກເວົ້າ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Secret ballot: nobody, not even the server&apos;s operators, can see what you chose.</source>
        <translation>ລົງຄະແນນລັບ: ບໍ່ມີໃຜ ແມ່ນແຕ່ຜູ້ດູແລເຊີບເວີ ສາມາດເຫັນວ່າທ່ານເລືອກຫຍັງ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named vote: the result will show who voted what.</source>
        <translation>ລົງຄະແນນເປີດເຜີຍ: ຜົນຈະສະແດງວ່າໃຜເລືອກຫຍັງ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vote: %1</source>
        <translation>ລົງຄະແນນສຽງ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cast %1 of %2</source>
        <translation>ລົງຄະແນນແລ້ວ %1 ຈາກ %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your ballot was counted.</source>
        <translation>ຄະແນນສຽງຂອງທ່ານຖືກນັບແລ້ວ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You voted: %1</source>
        <translation>ທ່ານເລືອກ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not vote on this item.</source>
        <translation>ທ່ານບໍ່ໄດ້ລົງຄະແນນສຽງໃນວາລະນີ້.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vote is closed.</source>
        <translation>ການລົງຄະແນນສຽງປິດແລ້ວ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: %1</source>
        <translation>ຜົນ: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm your vote</source>
        <translation>ຢືນຢັນການລົງຄະແນນສຽງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You vote “%1” on: %2</source>
        <translation>ທ່ານເລືອກ “%1” ສຳລັບ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vote %1</source>
        <translation>ເລືອກ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending your ballot…</source>
        <translation>ກຳລັງສົ່ງຄະແນນສຽງຂອງທ່ານ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your ballot was counted: %1</source>
        <translation>ຄະແນນສຽງຂອງທ່ານຖືກນັບແລ້ວ: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the question of the vote first.</source>
        <translation>ກະລຸນາຂຽນຄຳຖາມຂອງການລົງຄະແນນສຽງກ່ອນ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is on page %2</source>
        <translation>%1 ຢູ່ໜ້າ %2</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+124"/>
        <source>eCabinet is locked</source>
        <translation>eCabinet ຖືກລັອກຢູ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN to continue where you were.</source>
        <translation>ປ້ອນລະຫັດ PIN ເພື່ອສືບຕໍ່ຈາກບ່ອນທີ່ທ່ານຄ້າງໄວ້.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>ລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ປົດລັອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with password instead</source>
        <translation>ເຂົ້າສູ່ລະບົບດ້ວຍລະຫັດຜ່ານແທນ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>ລະຫັດ PIN ບໍ່ຖືກຕ້ອງ. ຍັງເຫຼືອ %1 ເທື່ອ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>ລະຫັດ PIN ມີ 4 ຫາ 12 ຕົວເລກ.</translation>
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
        <translation>ບັນທຶກສຳເນົາພ້ອມເຄື່ອງໝາຍຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my notes for another device</source>
        <translation>ບັນທຶກບັນທຶກຂອງຂ້ອຍສຳລັບອຸປະກອນອື່ນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>eCabinet notes (*.ecnotes)</source>
        <translation>ບັນທຶກ eCabinet (*.ecnotes)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bring notes from another device</source>
        <translation>ນຳບັນທຶກມາຈາກອຸປະກອນອື່ນ</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n private note(s) saved in %1</source>
        <translation>
            <numerusform>ບັນທຶກສ່ວນຕົວ %n ລາຍການ ໄວ້ໃນ %1</numerusform>
            <numerusform>ບັນທຶກສ່ວນຕົວ %n ລາຍການ ໄວ້ໃນ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) brought to this device</source>
        <translation>
            <numerusform>ນຳບັນທຶກ %n ລາຍການ ມາໃສ່ອຸປະກອນນີ້</numerusform>
            <numerusform>ນຳບັນທຶກ %n ລາຍການ ມາໃສ່ອຸປະກອນນີ້</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase does not open this notes file.</source>
        <translation>ລະຫັດຜ່ານບໍ່ສາມາດເປີດໄຟລ໌ບັນທຶກນີ້ໄດ້.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an eCabinet notes file, or it is damaged.</source>
        <translation>ນີ້ບໍ່ແມ່ນໄຟລ໌ບັນທຶກ eCabinet ຫຼື ໄຟລ໌ເສຍຫາຍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notes could not be moved: %1</source>
        <translation>ບໍ່ສາມາດຍ້າຍບັນທຶກໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../ecabinet/ui/notes_panel.py" line="+21"/>
        <source>Handwriting</source>
        <translation>ລາຍມື</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>ໄຮໄລ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>ຂີດກ້ອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text box</source>
        <translation>ກ່ອງຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The marked text was changed or deleted.</source>
        <translation>ຂໍ້ຄວາມທີ່ໝາຍໄວ້ຖືກແກ້ໄຂ ຫຼື ລຶບອອກ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marked text now appears in several places.</source>
        <translation>ຂໍ້ຄວາມທີ່ໝາຍໄວ້ ປາກົດຢູ່ຫຼາຍບ່ອນແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text it was next to is gone.</source>
        <translation>ຂໍ້ຄວາມທີ່ຢູ່ໃກ້ຄຽງບໍ່ມີແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its page was removed.</source>
        <translation>ໜ້າຂອງມັນຖືກລຶບອອກ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marked text now runs over two pages.</source>
        <translation>ຂໍ້ຄວາມທີ່ໝາຍໄວ້ ຢູ່ສອງໜ້າແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its page no longer exists.</source>
        <translation>ໜ້າຂອງມັນບໍ່ມີແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version it was on is no longer available.</source>
        <translation>ສະບັບທີ່ມີມັນ ບໍ່ມີແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be read to move it.</source>
        <translation>ບໍ່ສາມາດອ່ານເອກະສານ ເພື່ອຍ້າຍມັນໄດ້.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be placed on the new version.</source>
        <translation>ບໍ່ສາມາດວາງມັນໃສ່ສະບັບໃໝ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+145"/>
        <source>No documents yet</source>
        <translation>ຍັງບໍ່ມີເອກະສານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this device</source>
        <translation>ມີຢູ່ໃນອຸປະກອນນີ້ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1 of %2</source>
        <translation>ກຳລັງດາວໂຫຼດ %1 ຈາກ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet downloaded</source>
        <translation>ຍັງບໍ່ໄດ້ດາວໂຫຼດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 on this device</source>
        <translation>ມີ %1 ຈາກ %2 ຢູ່ໃນອຸປະກອນນີ້</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n unread</source>
        <translation>
            <numerusform>ຍັງບໍ່ໄດ້ອ່ານ %n</numerusform>
            <numerusform>ຍັງບໍ່ໄດ້ອ່ານ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>ມີການປ່ຽນແປງ %n</numerusform>
            <numerusform>ມີການປ່ຽນແປງ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+390"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window). Per document, the version this reader had read before a newer one was opened (for &quot;What changed&quot;).</extracomment>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your meetings</source>
        <translation>ກັບໄປຫາກອງປະຊຸມຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>ບໍ່ໄດ້ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents</source>
        <translation>ຊອກຫາໃນທຸກເອກະສານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents of this meeting</source>
        <translation>ຊອກຫາໃນທຸກເອກະສານຂອງກອງປະຊຸມນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>ຊອກຫາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Agenda</source>
        <translation>ວາລະກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Back to the agenda</source>
        <translation>ກັບໄປຫາວາລະກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+349"/>
        <source>A copy with your marks was saved as %1</source>
        <translation>ໄດ້ບັນທຶກສຳເນົາພ້ອມເຄື່ອງໝາຍຂອງທ່ານເປັນ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy could not be saved: %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກສຳເນົາໄດ້: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mark could not be stored on this device: %1</source>
        <translation>ບໍ່ສາມາດເກັບເຄື່ອງໝາຍຂອງທ່ານໃນອຸປະກອນນີ້ໄດ້: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fit page</source>
        <translation>ພໍດີໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole page in the window</source>
        <translation>ສະແດງທັງໜ້າໃນປ່ອງຢ້ຽມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>ສະແດງໜ້າໃຫ້ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <location line="-439"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>ຫຍໍ້ລົງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number to go to</source>
        <translation>ເລກໜ້າທີ່ຈະໄປ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>ໄປ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>ໄປທີ່ໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>ໜ້າຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show page thumbnails and contents</source>
        <translation>ສະແດງຮູບຫຍໍ້ຂອງໜ້າ ແລະ ສາລະບານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page</source>
        <translation>ເທື່ອລະໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one page at a time</source>
        <translation>ສະແດງເທື່ອລະໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page at a time, or all pages in one scroll</source>
        <translation>ເທື່ອລະໜ້າ ຫຼື ເລື່ອນເບິ່ງທຸກໜ້າຕໍ່ເນື່ອງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live session</source>
        <translation>ກອງປະຊຸມສົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting in session: speakers, votes, attendance</source>
        <translation>ກອງປະຊຸມທີ່ກຳລັງດຳເນີນ: ຜູ້ປາກເວົ້າ, ການລົງຄະແນນສຽງ, ການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my page</source>
        <translation>ແບ່ງປັນໜ້າຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the participants follow the page I am on</source>
        <translation>ໃຫ້ຜູ້ເຂົ້າຮ່ວມຕິດຕາມໜ້າທີ່ຂ້ອຍຢູ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since the version you read</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງນັບແຕ່ສະບັບທີ່ທ່ານອ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>ໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pen, highlighter and notes</source>
        <translation>ສະແດງປາກກາ, ໄຮໄລ້ ແລະ ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Confidential documents are not exported.</source>
        <translation>ເອກະສານລັບບໍ່ສາມາດສົ່ງອອກໄດ້.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confidential · %1 · %2</source>
        <translation>ລັບ · %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>ຜູ້ອ່ານ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a document from the agenda to read it here.</source>
        <translation>ເລືອກເອກະສານຈາກວາລະກອງປະຊຸມ ເພື່ອອ່ານຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the document…</source>
        <translation>ກຳລັງເປີດເອກະສານ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document is not on this device yet. It will be downloaded at the next sync when you are connected.</source>
        <translation>ເອກະສານນີ້ຍັງບໍ່ມີຢູ່ໃນອຸປະກອນນີ້. ມັນຈະຖືກດາວໂຫຼດໃນການຊິງຄັ້ງຕໍ່ໄປ ເມື່ອທ່ານເຊື່ອມຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document could not be opened. Please sync and try again.</source>
        <translation>ບໍ່ສາມາດເປີດເອກະສານນີ້ໄດ້. ກະລຸນາຊິງ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+14"/>
        <source>Draft</source>
        <translation>ກຳລັງກະກຽມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>ປະກາດແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session</source>
        <translation>ກຳລັງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>ສິ້ນສຸດແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ຍົກເລີກແລ້ວ</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+176"/>
        <source>Signed in as %1</source>
        <translation>ເຂົ້າສູ່ລະບົບໃນນາມ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>ອອກຈາກລະບົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings</source>
        <translation>ກະກຽມກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings: agendas, documents, participants</source>
        <translation>ກະກຽມກອງປະຊຸມ: ວາລະ, ເອກະສານ, ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: language, theme, text size, automatic lock</source>
        <translation>ການຕັ້ງຄ່າ: ພາສາ, ຮູບແບບສີ, ຂະໜາດຕົວອັກສອນ, ລັອກອັດຕະໂນມັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change PIN</source>
        <translation>ປ່ຽນລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>ຕັ້ງລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your meetings</source>
        <translation>ກອງປະຊຸມຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Syncing…</source>
        <translation>ກຳລັງຊິງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+146"/>
        <source>Sync now</source>
        <translation>ຊິງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Offline</source>
        <translation>ບໍ່ໄດ້ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are offline. Everything on this device can still be read, and what you do is sent when the connection is back.</source>
        <translation>ທ່ານບໍ່ໄດ້ເຊື່ອມຕໍ່ເຄືອຂ່າຍ. ທຸກຢ່າງໃນອຸປະກອນນີ້ ຍັງອ່ານໄດ້ ແລະ ສິ່ງທີ່ທ່ານເຮັດ ຈະຖືກສົ່ງໄປ ເມື່ອເຊື່ອມຕໍ່ໄດ້ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In session (%1)</source>
        <translation>ກຳລັງປະຊຸມ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming (%1)</source>
        <translation>ທີ່ຈະມາເຖິງ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past (%1)</source>
        <translation>ທີ່ຜ່ານມາ (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+94"/>
        <source>Checking for new documents…</source>
        <translation>ກຳລັງກວດເບິ່ງເອກະສານໃໝ່…</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>%n document(s) could not be downloaded. They will be tried again at the next sync.</source>
        <translation>
            <numerusform>ດາວໂຫຼດເອກະສານ %n ສະບັບບໍ່ໄດ້. ຈະລອງໃໝ່ ໃນການຊິງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</numerusform>
            <numerusform>ດາວໂຫຼດເອກະສານ %n ສະບັບບໍ່ໄດ້. ຈະລອງໃໝ່ ໃນການຊິງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sending what you did on this device…</source>
        <translation>ກຳລັງສົ່ງສິ່ງທີ່ທ່ານເຮັດ ໃນອຸປະກອນນີ້…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading documents: %1 of %2 (%3 of %4)</source>
        <translation>ກຳລັງດາວໂຫຼດເອກະສານ: %1 ຈາກ %2 (%3 ຈາກ %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing…</source>
        <translation>ໃກ້ສຳເລັດແລ້ວ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All documents are on this device.</source>
        <translation>ເອກະສານທັງໝົດຢູ່ໃນອຸປະກອນນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 documents are on this device.</source>
        <translation>ມີເອກະສານ %1 ຈາກ %2 ສະບັບ ຢູ່ໃນອຸປະກອນນີ້.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>ມີ %n ການປ່ຽນແປງລໍຖ້າສົ່ງ.</numerusform>
            <numerusform>ມີ %n ການປ່ຽນແປງລໍຖ້າສົ່ງ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>The server did not accept %n thing(s) you did on this device:</source>
        <translation>
            <numerusform>ເຊີບເວີບໍ່ຍອມຮັບ %n ລາຍການ ທີ່ທ່ານເຮັດໃນອຸປະກອນນີ້:</numerusform>
            <numerusform>ເຊີບເວີບໍ່ຍອມຮັບ %n ລາຍການ ທີ່ທ່ານເຮັດໃນອຸປະກອນນີ້:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on “%2”</source>
        <translation>%1 ກ່ຽວກັບ “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server gave no reason.</source>
        <translation>ເຊີບເວີບໍ່ໄດ້ບອກເຫດຜົນ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>ເຂົ້າໃຈແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>ເຂົ້າໃຈແລ້ວ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Getting your meetings…</source>
        <translation>ກຳລັງໂຫຼດກອງປະຊຸມຂອງທ່ານ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no meetings for you yet.</source>
        <translation>ຍັງບໍ່ມີກອງປະຊຸມສຳລັບທ່ານເທື່ອ.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ecabinet/ui/note_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note by %1</source>
        <translation>ບັນທຶກຂອງ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the note</source>
        <translation>ເນື້ອໃນຂອງບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note here</source>
        <translation>ຂຽນບັນທຶກຂອງທ່ານຢູ່ນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../ecabinet/ui/notes_panel.py" line="+41"/>
        <source>Page %1</source>
        <translation>ໜ້າ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>ແບ່ງປັນແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your review: %1</source>
        <translation>ຕ້ອງການໃຫ້ທ່ານກວດເບິ່ງ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stays on the version you marked.</source>
        <translation>ມັນຍັງຢູ່ໃນສະບັບທີ່ທ່ານໄດ້ໝາຍໄວ້.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>ຍົກເລີກມັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this mark</source>
        <translation>ຍົກເລີກເຄື່ອງໝາຍນີ້</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location line="+53"/>
        <source>My notes</source>
        <translation>ບັນທຶກຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>You have no notes or marks in this meeting yet.</source>
        <translation>ທ່ານຍັງບໍ່ມີບັນທຶກ ຫຼື ເຄື່ອງໝາຍໃນກອງປະຊຸມນີ້.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+6"/>
        <source>%n mark(s) in this meeting</source>
        <translation>
            <numerusform>ເຄື່ອງໝາຍ %n ລາຍການໃນກອງປະຊຸມນີ້</numerusform>
            <numerusform>ເຄື່ອງໝາຍ %n ລາຍການໃນກອງປະຊຸມນີ້</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n need(s) your review</source>
        <translation>
            <numerusform>%n ລາຍການ ຕ້ອງການໃຫ້ທ່ານກວດເບິ່ງ</numerusform>
            <numerusform>%n ລາຍການ ຕ້ອງການໃຫ້ທ່ານກວດເບິ່ງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take to another device…</source>
        <translation>ນຳໄປອຸປະກອນອື່ນ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my private notes of this meeting in a protected file</source>
        <translation>ບັນທຶກບັນທຶກສ່ວນຕົວຂອງຂ້ອຍໃນກອງປະຊຸມນີ້ໃສ່ໄຟລ໌ທີ່ຖືກປ້ອງກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring from another device…</source>
        <translation>ນຳມາຈາກອຸປະກອນອື່ນ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read private notes from a file made on another device</source>
        <translation>ອ່ານບັນທຶກສ່ວນຕົວຈາກໄຟລ໌ທີ່ສ້າງໃນອຸປະກອນອື່ນ</translation>
    </message>
</context>
<context>
    <name>NotesPassphraseDialog</name>
    <message>
        <location filename="../ecabinet/ui/notes_transfer_dialog.py" line="+70"/>
        <source>Protect the notes file</source>
        <translation>ປ້ອງກັນໄຟລ໌ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a passphrase of at least %1 characters. You will need it on the other device; without it nobody can read the notes, not even you.</source>
        <translation>ເລືອກລະຫັດຜ່ານຢ່າງໜ້ອຍ %1 ຕົວອັກສອນ. ທ່ານຈະຕ້ອງໃຊ້ມັນໃນອຸປະກອນອື່ນ; ຖ້າບໍ່ມີມັນ ບໍ່ມີໃຜອ່ານບັນທຶກໄດ້ ແມ່ນແຕ່ທ່ານເອງ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the notes file</source>
        <translation>ເປີດໄຟລ໌ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase chosen when the file was made.</source>
        <translation>ພິມລະຫັດຜ່ານທີ່ເລືອກໄວ້ຕອນສ້າງໄຟລ໌.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>ລະຫັດຜ່ານ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>ອີກຄັ້ງ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the notes file</source>
        <translation>ລະຫັດຜ່ານຂອງໄຟລ໌ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>ລະຫັດຜ່ານດຽວກັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+39"/>
        <source>Your position</source>
        <translation>ຈຸດຢືນຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note</source>
        <translation>ບັນທຶກຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request to speak</source>
        <translation>ຄຳຂໍເວົ້າຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your change</source>
        <translation>ການປ່ຽນແປງຂອງທ່ານ</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="+207"/>
        <source>Contents of the document</source>
        <translation>ສາລະບານຂອງເອກະສານ</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="-95"/>
        <source>Participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers on the device</source>
        <translation>ເອກະສານໃນອຸປະກອນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>ພ້ອມແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants and whether they have the papers</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ ແລະ ວ່າພວກເຂົາມີເອກະສານແລ້ວບໍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person to invite</source>
        <translation>ຜູ້ທີ່ຈະເຊີນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the meeting</source>
        <translation>ບົດບາດໃນກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite</source>
        <translation>ເຊີນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh delivery</source>
        <translation>ໂຫຼດສະຖານະການຮັບເອກະສານຄືນ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not known yet</source>
        <translation>ຍັງບໍ່ຮູ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 current, %2 outdated, %3 not yet</source>
        <translation>%1 ລ່າສຸດ, %2 ສະບັບເກົ່າ, %3 ຍັງບໍ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ready</source>
        <translation>ພ້ອມແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 participants have every paper</source>
        <translation>%1 ຈາກ %2 ຜູ້ເຂົ້າຮ່ວມ ມີເອກະສານຄົບແລ້ວ</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+59"/>
        <source>Change PIN</source>
        <translation>ປ່ຽນລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>ຕັ້ງລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a few minutes without use, eCabinet locks itself. Your PIN opens it again. Use 4 to 12 digits.</source>
        <translation>ເມື່ອບໍ່ໄດ້ໃຊ້ງານຈັກສອງສາມນາທີ, eCabinet ຈະລັອກເອງ. ລະຫັດ PIN ຂອງທ່ານໃຊ້ເປີດຄືນ. ໃຊ້ 4 ຫາ 12 ຕົວເລກ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>ລະຫັດ PIN ໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>ປ້ອນລະຫັດ PIN ອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PIN</source>
        <translation>ບັນທຶກລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>ລະຫັດ PIN ມີ 4 ຫາ 12 ຕົວເລກ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>ລະຫັດ PIN ທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>ບໍ່ສາມາດບັນທຶກລະຫັດ PIN ໄດ້. ກະລຸນາລອງໃໝ່.</translation>
    </message>
</context>
<context>
    <name>Prepare</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="-119"/>
        <source>Chair</source>
        <translation>ປະທານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>ຜູ້ສັງເກດການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>ເລຂາ</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="+178"/>
        <source>Meetings</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings</source>
        <translation>ກະກຽມກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings you prepare</source>
        <translation>ກອງປະຊຸມທີ່ທ່ານກະກຽມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting</source>
        <translation>ກອງປະຊຸມໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen meeting…</source>
        <translation>ສຳເນົາກອງປະຊຸມທີ່ເລືອກ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>ຫົວຂໍ້ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>ເລີ່ມ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length (minutes)</source>
        <translation>ໄລຍະເວລາ (ນາທີ) (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>ສະຖານທີ່ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create meeting</source>
        <translation>ສ້າງກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save details</source>
        <translation>ບັນທຶກລາຍລະອຽດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish to participants</source>
        <translation>ເຜີຍແຜ່ໃຫ້ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>ກັບເປັນສະບັບຮ່າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and documents</source>
        <translation>ວາລະ ແລະ ເອກະສານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and delivery</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ ແລະ ການຮັບເອກະສານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>ການເຄື່ອນໄຫວ</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copy the meeting</source>
        <translation>ສຳເນົາກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the new meeting</source>
        <translation>ຫົວຂໍ້ຂອງກອງປະຊຸມໃໝ່</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting needs a title.</source>
        <translation>ກອງປະຊຸມຕ້ອງມີຫົວຂໍ້.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You prepare meetings for no body; ask the administrator.</source>
        <translation>ທ່ານບໍ່ໄດ້ຮັບມອບໝາຍກະກຽມກອງປະຊຸມໃຫ້ອົງການໃດ; ກະລຸນາຖາມຜູ້ບໍລິຫານລະບົບ.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete the item</source>
        <translation>ລຶບວາລະ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” holds %2 document(s). Delete them with it? Until the meeting is published it can be restored.</source>
        <translation>“%1” ມີເອກະສານ %2 ສະບັບ. ລຶບພ້ອມກັນບໍ? ກູ້ຄືນໄດ້ຈົນກວ່າກອງປະຊຸມຈະຖືກເຜີຍແຜ່.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add PDF documents</source>
        <translation>ເພີ່ມເອກະສານ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>PDF documents (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not a PDF: only PDF documents can be added.</source>
        <translation>ບໍ່ແມ່ນ PDF: ເພີ່ມໄດ້ສະເພາະເອກະສານ PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the new version</source>
        <translation>ເລືອກສະບັບໃໝ່</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Withdraw the newest version</source>
        <translation>ຖອນສະບັບລ່າສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it withdrawn? Readers are told, and it leaves every device at the next sync.</source>
        <translation>ເປັນຫຍັງຈຶ່ງຖອນ? ຜູ້ອ່ານຈະໄດ້ຮັບແຈ້ງ ແລະ ມັນຈະຖືກເອົາອອກຈາກທຸກອຸປະກອນໃນການຊິງຄັ້ງຕໍ່ໄປ.</translation>
    </message>
</context>
<context>
    <name>ReaderMarks</name>
    <message>
        <location filename="../ecabinet/ui/reader_marks.py" line="+184"/>
        <source>Shared by %1</source>
        <translation>ແບ່ງປັນໂດຍ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມຄົນໜຶ່ງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the note</source>
        <translation>ອ່ານບັນທຶກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the note</source>
        <translation>ແກ້ໄຂບັນທຶກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make private</source>
        <translation>ເຮັດໃຫ້ເປັນສ່ວນຕົວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with the participants</source>
        <translation>ແບ່ງປັນກັບຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be placed on the new version</source>
        <translation>ບໍ່ສາມາດວາງໃສ່ສະບັບໃໝ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>ReaderSidebar</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="+59"/>
        <source>Pages</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>ສາລະບານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages and contents</source>
        <translation>ໜ້າ ແລະ ສາລະບານ</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../ecabinet/ui/search_panel.py" line="+54"/>
        <source>Page %1</source>
        <translation>ໜ້າ %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>Search results</source>
        <translation>ຜົນການຊອກຫາ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Searching all documents of this meeting for “%1”…</source>
        <translation>ກຳລັງຊອກຫາ “%1” ໃນທຸກເອກະສານຂອງກອງປະຊຸມ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search could not be completed. Please try again.</source>
        <translation>ບໍ່ສາມາດຊອກຫາໃຫ້ສຳເລັດໄດ້. ກະລຸນາລອງໃໝ່.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found for “%1”.</source>
        <translation>ບໍ່ພົບ “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n ຜົນການຊອກຫາສຳລັບ “%1”</numerusform>
            <numerusform>%n ຜົນການຊອກຫາສຳລັບ “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSetupPage</name>
    <message>
        <location filename="../ecabinet/ui/first_run.py" line="+163"/>
        <source>Connect to your server</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your IT office has set up this device for the server below.</source>
        <translation>ພະແນກໄອທີໄດ້ຕັ້ງຄ່າອຸປະກອນນີ້ສຳລັບເຊີບເວີຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the server address your IT office gave you. You only need to do this once.</source>
        <translation>ພິມທີ່ຢູ່ເຊີບເວີທີ່ພະແນກໄອທີໃຫ້ທ່ານ. ທ່ານເຮັດພຽງຄັ້ງດຽວ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file from your IT office could not be used: %1. Type the server address, or ask the IT office.</source>
        <translation>ບໍ່ສາມາດໃຊ້ໄຟລ໌ຕັ້ງຄ່າຈາກພະແນກໄອທີ: %1. ພິມທີ່ຢູ່ເຊີບເວີ ຫຼື ຖາມພະແນກໄອທີ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>ທີ່ຢູ່ເຊີບເວີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example https://ecabinet.example.gov</source>
        <translation>ຕົວຢ່າງ https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>Checking…</source>
        <translation>ກຳລັງກວດສອບ…</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Server</source>
        <translation>ເຊີບເວີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>ລາຍນິ້ວມືໃບຢັ້ງຢືນ (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this server</source>
        <translation>ໃຊ້ເຊີບເວີນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This server&apos;s certificate is not the one your IT office set up (%1). The app did not connect. Do not sign in; call your IT office.</source>
        <translation>ໃບຢັ້ງຢືນຂອງເຊີບເວີນີ້ບໍ່ແມ່ນອັນທີ່ພະແນກໄອທີຕັ້ງໄວ້ (%1). ແອັບບໍ່ໄດ້ເຊື່ອມຕໍ່. ຢ່າເຂົ້າສູ່ລະບົບ; ໂທຫາພະແນກໄອທີ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate could not be verified, so the app did not connect. Call your IT office.</source>
        <translation>ບໍ່ສາມາດຢືນຢັນໃບຢັ້ງຢືນຂອງເຊີບເວີ ແອັບຈຶ່ງບໍ່ເຊື່ອມຕໍ່. ໂທຫາພະແນກໄອທີ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a server address. It looks like https://ecabinet.example.gov</source>
        <translation>ນີ້ບໍ່ແມ່ນທີ່ຢູ່ເຊີບເວີ. ມັນມີລັກສະນະ https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https:// (a secure connection).</source>
        <translation>ທີ່ຢູ່ຕ້ອງເລີ່ມດ້ວຍ https:// (ການເຊື່ອມຕໍ່ທີ່ປອດໄພ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer. Check the address and the network, then try again.</source>
        <translation>ເຊີບເວີບໍ່ຕອບ. ກວດສອບທີ່ຢູ່ ແລະ ເຄືອຂ່າຍ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be checked: %1</source>
        <translation>ບໍ່ສາມາດກວດສອບເຊີບເວີໄດ້: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: this server is on this computer (no certificate).</source>
        <translation>ບໍ່ມີ: ເຊີບເວີນີ້ຢູ່ໃນຄອມພິວເຕີນີ້ (ບໍ່ມີໃບຢັ້ງຢືນ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate matches the one your IT office set up.</source>
        <translation>ໃບຢັ້ງຢືນກົງກັບອັນທີ່ພະແນກໄອທີຕັ້ງໄວ້.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: this server showed a different certificate the last time. Compare the fingerprint with the one from your IT office before you go on.</source>
        <translation>ຄຳເຕືອນ: ເທື່ອກ່ອນເຊີບເວີນີ້ສະແດງໃບຢັ້ງຢືນອື່ນ. ປຽບທຽບລາຍນິ້ວມືກັບອັນທີ່ພະແນກໄອທີໃຫ້ກ່ອນສືບຕໍ່.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the fingerprint with the one your IT office gave you before you go on.</source>
        <translation>ປຽບທຽບລາຍນິ້ວມືກັບອັນທີ່ພະແນກໄອທີໃຫ້ທ່ານກ່ອນສືບຕໍ່.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ecabinet/ui/settings_dialog.py" line="+180"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ພາສາ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>ຮູບແບບສີ (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>ສີແຈ້ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ສີມືດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>ຄວາມຄົມຊັດສູງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>ຮູບແບບສີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;size</source>
        <translation>ຂະໜາດຕົວອັກສອນ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>ຂະໜາດຕົວອັກສອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>ປົກກະຕິ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large</source>
        <translation>ໃຫຍ່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>ໃຫຍ່ຂຶ້ນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>ໃຫຍ່ທີ່ສຸດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;automatically</source>
        <translation>ລັອກອັດຕະໂນມັດ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock automatically</source>
        <translation>ລັອກອັດຕະໂນມັດ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>ຫຼັງຈາກບໍ່ໄດ້ໃຊ້ %n ນາທີ</numerusform>
            <numerusform>ຫຼັງຈາກບໍ່ໄດ້ໃຊ້ %n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when a PIN is set. Locking closes the open document; your PIN opens eCabinet again.</source>
        <translation>ສະເພາະເມື່ອຕັ້ງລະຫັດ PIN ແລ້ວ. ການລັອກຈະປິດເອກະສານທີ່ເປີດຢູ່; ລະຫັດ PIN ຂອງທ່ານຈະເປີດ eCabinet ຄືນໃໝ່.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>ບັນທຶກການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+287"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+39"/>
        <source>Sign in</source>
        <translation>ເຂົ້າສູ່ລະບົບ</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Server address</source>
        <translation>ທີ່ຢູ່ເຊີບເວີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example https://ecabinet.example.gov</source>
        <translation>ຕົວຢ່າງ https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for this device</source>
        <translation>ວະລີລະຫັດຜ່ານສຳລັບອຸປະກອນນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure key store, so a passphrase you choose protects the papers kept on it.</source>
        <translation>ອຸປະກອນນີ້ບໍ່ມີບ່ອນເກັບກະແຈທີ່ປອດໄພ ສະນັ້ນ ວະລີລະຫັດຜ່ານທີ່ທ່ານເລືອກ ຈະປົກປ້ອງເອກະສານໃນເຄື່ອງ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Signing in…</source>
        <translation>ກຳລັງເຂົ້າສູ່ລະບົບ…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Demo accounts</source>
        <translation>ບັນຊີທົດລອງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap an account to fill in the form. Every demo password is: %1</source>
        <translation>ແຕະບັນຊີໃດໜຶ່ງເພື່ອຕື່ມແບບຟອມ. ລະຫັດຜ່ານຂອງທຸກບັນຊີທົດລອງແມ່ນ: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Please enter the server address.</source>
        <translation>ກະລຸນາໃສ່ທີ່ຢູ່ເຊີບເວີ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter your username and password.</source>
        <translation>ກະລຸນາໃສ່ຊື່ຜູ້ໃຊ້ ແລະ ລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the passphrase that protects this device&apos;s data.</source>
        <translation>ກະລຸນາປ້ອນວະລີລະຫັດຜ່ານ ທີ່ປົກປ້ອງຂໍ້ມູນຂອງອຸປະກອນນີ້.</translation>
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="-208"/>
        <source>Page thumbnails</source>
        <translation>ຮູບຫຍໍ້ຂອງໜ້າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Page %1</source>
        <translation>ໜ້າ %1</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../ecabinet/ui/first_run.py" line="+115"/>
        <source>A newer version of eCabinet (%1) is available; you have %2. Install it from your IT office&apos;s download page.</source>
        <translation>ມີ eCabinet ສະບັບໃໝ່ກວ່າ (%1); ທ່ານມີ %2. ຕິດຕັ້ງຈາກໜ້າດາວໂຫຼດຂອງພະແນກໄອທີ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A newer version of eCabinet (%1) is available; you have %2. Ask your IT office for it.</source>
        <translation>ມີ eCabinet ສະບັບໃໝ່ກວ່າ (%1); ທ່ານມີ %2. ຂໍຈາກພະແນກໄອທີ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>ດາວໂຫຼດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>ພາຍຫຼັງ</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <location filename="../ecabinet/ui/prepare/agenda.py" line="-339"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uploaded</source>
        <translation>ອັບໂຫຼດແລ້ວ</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="-438"/>
        <source>Someone else changed this meanwhile. It has been reloaded: make your change again.</source>
        <translation>ມີຄົນອື່ນປ່ຽນແປງລາຍການນີ້ແລ້ວ. ໄດ້ໂຫຼດຄືນແລ້ວ: ກະລຸນາປ່ຽນແປງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item holds documents: delete them with it?</source>
        <translation>ລາຍການນີ້ມີເອກະສານ: ລຶບພ້ອມກັນບໍ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a PDF.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນ PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is damaged and cannot be read.</source>
        <translation>PDF ນີ້ເສຍຫາຍ ແລະ ອ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is protected by a password; upload an unprotected copy.</source>
        <translation>PDF ນີ້ມີລະຫັດຜ່ານ; ກະລຸນາອັບໂຫຼດສະບັບທີ່ບໍ່ມີລະຫັດ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is larger than the server accepts.</source>
        <translation>ໄຟລ໌ນີ້ໃຫຍ່ເກີນກວ່າທີ່ເຊີບເວີຮັບໄດ້.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair has already opened this item.</source>
        <translation>ປະທານໄດ້ເປີດວາລະນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not do this in this meeting.</source>
        <translation>ທ່ານບໍ່ສາມາດເຮັດສິ່ງນີ້ໃນກອງປະຊຸມນີ້.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-items cannot have sub-items of their own.</source>
        <translation>ລາຍການຍ່ອຍບໍ່ສາມາດມີລາຍການຍ່ອຍຂອງຕົນເອງ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore its parent item first.</source>
        <translation>ກະລຸນາກູ້ຄືນລາຍການຫຼັກກ່ອນ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this: %1</source>
        <translation>ເຊີບເວີປະຕິເສດ: %1</translation>
    </message>
</context>
</TS>
