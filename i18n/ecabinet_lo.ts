<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+69"/>
        <source>Paperless cabinet meetings</source>
        <translation>ກອງປະຊຸມລັດຖະບານແບບບໍ່ໃຊ້ເຈ້ຍ</translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+102"/>
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
    <name>ErrorMessages</name>
    <message>
        <location line="-80"/>
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
        <location line="+4"/>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+174"/>
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
        <source>Your meetings</source>
        <translation>ກອງປະຊຸມຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນໃໝ່</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There are no meetings for you yet.</source>
        <translation>ຍັງບໍ່ມີກອງປະຊຸມສຳລັບທ່ານເທື່ອ.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+214"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+40"/>
        <source>Sign in</source>
        <translation>ເຂົ້າສູ່ລະບົບ</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+40"/>
        <source>Signing in…</source>
        <translation>ກຳລັງເຂົ້າສູ່ລະບົບ…</translation>
    </message>
    <message>
        <location line="-38"/>
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
</context>
</TS>
