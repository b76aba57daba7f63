<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA" sourcelanguage="en">
<context>
    <name>AgendaItemBlock</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+246"/>
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
        <location filename="../ecabinet/ui/meeting_page.py" line="-62"/>
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
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ecabinet/ui/viewer/view.py" line="+81"/>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>ໜ້າເອກະສານ</translation>
    </message>
    <message>
        <location line="+355"/>
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
    <name>LockPage</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+128"/>
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
        <location line="+21"/>
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
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+226"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window).</extracomment>
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
        <location line="+12"/>
        <source>Agenda</source>
        <translation>ວາລະກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Back to the agenda</source>
        <translation>ກັບໄປຫາວາລະກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>ສະແດງໜ້າໃຫ້ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+102"/>
        <source>Confidential · %1 · %2</source>
        <translation>ລັບ · %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>ຜູ້ອ່ານ</translation>
    </message>
    <message>
        <location line="+78"/>
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
        <location line="+19"/>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+168"/>
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
    <name>PinDialog</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+77"/>
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
        <location line="+12"/>
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
    <name>SearchResultRow</name>
    <message>
        <location filename="../ecabinet/ui/search_panel.py" line="+81"/>
        <source>Page %1</source>
        <translation>ໜ້າ %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+33"/>
        <location line="+26"/>
        <source>Search results</source>
        <translation>ຜົນການຊອກຫາ</translation>
    </message>
    <message>
        <location line="-22"/>
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
</TS>
