<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AgendaItemBlock</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+246"/>
        <source>Other documents</source>
        <translation>Tài liệu khác</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late addition</source>
        <translation>Bổ sung muộn</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+70"/>
        <source>Paperless cabinet meetings</source>
        <translation>Họp Chính phủ không giấy tờ</translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+120"/>
        <source>administrator: users and devices, no meeting content</source>
        <extracomment>Role descriptions the demo account list may use (those `ecabinet demo` passes, and short generic ones); any of these is shown translated, anything else as given.</extracomment>
        <translation>quản trị viên: người dùng và thiết bị, không xem nội dung cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabinet secretariat: prepares the meetings</source>
        <translation>thư ký Chính phủ: chuẩn bị các cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prime Minister, chairs the cabinet</source>
        <translation>Thủ tướng, chủ tọa phiên họp Chính phủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Finance</source>
        <translation>Bộ trưởng Bộ Tài chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Planning and Investment</source>
        <translation>Bộ trưởng Bộ Kế hoạch và Đầu tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Technology and Communications</source>
        <translation>Bộ trưởng Bộ Công nghệ và Truyền thông</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Health</source>
        <translation>Bộ trưởng Bộ Y tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Education and Training</source>
        <translation>Bộ trưởng Bộ Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister of Public Works (not on the committee)</source>
        <translation>Bộ trưởng Bộ Công chính (không thuộc ủy ban)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer from the Government Office: reads, never votes</source>
        <translation>quan sát viên của Văn phòng Chính phủ: chỉ đọc, không biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chủ tọa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minister</source>
        <translation>Bộ trưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Quan sát viên</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/meeting_page.py" line="-62"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>Gồm %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not downloaded yet</source>
        <translation>Chưa tải về</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ecabinet/ui/viewer/view.py" line="+81"/>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>Các trang tài liệu</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Page %1</source>
        <translation>Trang số %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1 của %2</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="-95"/>
        <source>The PIN was entered wrongly too many times, so this session has ended. Please sign in with your password.</source>
        <translation>Mã PIN đã bị nhập sai quá nhiều lần nên phiên làm việc này đã kết thúc. Vui lòng đăng nhập bằng mật khẩu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username or password is not correct. Please check both and try again.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại cả hai và thử lần nữa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Please check the server address and your network connection, then try again.</source>
        <translation>Không thể kết nối tới máy chủ. Vui lòng kiểm tra địa chỉ máy chủ và kết nối mạng, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was disconnected by the IT office, and the eCabinet data on it has been removed. Please contact the IT office.</source>
        <translation>Thiết bị này đã bị bộ phận công nghệ thông tin ngắt kết nối, và dữ liệu eCabinet trên thiết bị đã được xóa. Vui lòng liên hệ bộ phận công nghệ thông tin.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many sign-in attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Có quá nhiều lần thử đăng nhập. Vui lòng thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address uses an unprotected connection (http://). For your security, eCabinet connects to other computers only over https://. Please use an address that starts with https://.</source>
        <translation>Địa chỉ này dùng kết nối không được bảo vệ (http://). Để bảo đảm an toàn, eCabinet chỉ kết nối tới máy tính khác qua https://. Vui lòng dùng địa chỉ bắt đầu bằng https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the server address, for example https://ecabinet.example.gov.</source>
        <translation>Vui lòng nhập địa chỉ máy chủ, ví dụ https://ecabinet.example.gov.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device has been offline for too long, so its documents are locked for your protection. Please sign in while connected to open them again.</source>
        <translation>Thiết bị này đã ngoại tuyến quá lâu nên các tài liệu trên đó đã được khóa để bảo vệ bạn. Vui lòng đăng nhập khi có kết nối mạng để mở lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase does not open the eCabinet data on this device. Please enter the passphrase you chose when you first signed in here.</source>
        <translation>Cụm mật khẩu này không mở được dữ liệu eCabinet trên thiết bị này. Vui lòng nhập cụm mật khẩu bạn đã chọn khi đăng nhập lần đầu tại đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device has no secure key store. Please enter a passphrase to protect its data.</source>
        <translation>Thiết bị này không có kho khóa bảo mật. Vui lòng nhập cụm mật khẩu để bảo vệ dữ liệu trên thiết bị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem. Please try again in a few minutes. If it continues, contact the IT office.</source>
        <translation>Máy chủ đang gặp sự cố. Vui lòng thử lại sau vài phút. Nếu sự cố vẫn tiếp diễn, hãy liên hệ bộ phận công nghệ thông tin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item is not available to you.</source>
        <translation>Mục này không khả dụng đối với bạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong (%1). Please try again.</source>
        <translation>Đã xảy ra lỗi (%1). Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Đã xảy ra lỗi. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+128"/>
        <source>eCabinet is locked</source>
        <translation>eCabinet đang được khóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN to continue where you were.</source>
        <translation>Nhập mã PIN để tiếp tục từ chỗ bạn đang làm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with password instead</source>
        <translation>Đăng nhập bằng mật khẩu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Mã PIN không đúng. Còn %1 lần thử.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Mã PIN gồm từ 4 đến 12 chữ số.</translation>
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
        <translation>Chưa có tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this device</source>
        <translation>Đã có trên thiết bị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1 of %2</source>
        <translation>Đang tải %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet downloaded</source>
        <translation>Chưa tải xuống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 on this device</source>
        <translation>Đã có %1/%2 trên thiết bị</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+226"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window).</extracomment>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your meetings</source>
        <translation>Quay lại danh sách cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents</source>
        <translation>Tìm trong mọi tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search all documents of this meeting</source>
        <translation>Tìm trong mọi tài liệu của cuộc họp này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Back to the agenda</source>
        <translation>Quay lại chương trình họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>Hiển thị trang vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number to go to</source>
        <translation>Số trang cần đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Đến trang</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Confidential · %1 · %2</source>
        <translation>Mật · %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>người đọc</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose a document from the agenda to read it here.</source>
        <translation>Chọn một tài liệu trong chương trình họp để đọc tại đây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the document…</source>
        <translation>Đang mở tài liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document is not on this device yet. It will be downloaded at the next sync when you are connected.</source>
        <translation>Tài liệu này chưa có trên thiết bị. Tài liệu sẽ được tải về ở lần đồng bộ tiếp theo khi có kết nối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document could not be opened. Please sync and try again.</source>
        <translation>Không thể mở tài liệu này. Vui lòng đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1 trên %2</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+14"/>
        <source>Draft</source>
        <translation>Đang chuẩn bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In session</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+168"/>
        <source>Signed in as %1</source>
        <translation>Đã đăng nhập: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change PIN</source>
        <translation>Đổi mã PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>Đặt mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your meetings</source>
        <translation>Cuộc họp của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+146"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are offline. Everything on this device can still be read, and what you do is sent when the connection is back.</source>
        <translation>Bạn đang ngoại tuyến. Mọi thứ trên thiết bị này vẫn đọc được, và những gì bạn làm sẽ được gửi đi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In session (%1)</source>
        <translation>Đang họp (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming (%1)</source>
        <translation>Sắp diễn ra (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past (%1)</source>
        <translation>Đã qua (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+94"/>
        <source>Checking for new documents…</source>
        <translation>Đang kiểm tra tài liệu mới…</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>%n document(s) could not be downloaded. They will be tried again at the next sync.</source>
        <translation>
            <numerusform>Không tải được %n tài liệu. Hệ thống sẽ thử lại ở lần đồng bộ tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sending what you did on this device…</source>
        <translation>Đang gửi những gì bạn đã làm trên thiết bị này…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading documents: %1 of %2 (%3 of %4)</source>
        <translation>Đang tải tài liệu: %1/%2 (%3/%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing…</source>
        <translation>Đang hoàn tất…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All documents are on this device.</source>
        <translation>Tất cả tài liệu đã có trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 documents are on this device.</source>
        <translation>Đã có %1/%2 tài liệu trên thiết bị này.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>The server did not accept %n thing(s) you did on this device:</source>
        <translation>
            <numerusform>Máy chủ không chấp nhận %n việc bạn đã làm trên thiết bị này:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on “%2”</source>
        <translation>%1 về “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server gave no reason.</source>
        <translation>Máy chủ không nêu lý do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Đã hiểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Đã hiểu: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Getting your meetings…</source>
        <translation>Đang tải các cuộc họp của bạn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no meetings for you yet.</source>
        <translation>Hiện chưa có cuộc họp nào dành cho bạn.</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+39"/>
        <source>Your position</source>
        <translation>Quan điểm của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note</source>
        <translation>Ghi chú của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request to speak</source>
        <translation>Yêu cầu phát biểu của bạn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your change</source>
        <translation>Thay đổi của bạn</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+77"/>
        <source>Change PIN</source>
        <translation>Đổi mã PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>Đặt mã PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a few minutes without use, eCabinet locks itself. Your PIN opens it again. Use 4 to 12 digits.</source>
        <translation>Sau vài phút không sử dụng, eCabinet sẽ tự khóa. Mã PIN của bạn dùng để mở lại. Hãy dùng từ 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PIN</source>
        <translation>Lưu mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Mã PIN gồm từ 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Hai mã PIN không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>Không lưu được mã PIN. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../ecabinet/ui/search_panel.py" line="+81"/>
        <source>Page %1</source>
        <translation>Trang số %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+33"/>
        <location line="+26"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Searching all documents of this meeting for “%1”…</source>
        <translation>Đang tìm “%1” trong mọi tài liệu của cuộc họp…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search could not be completed. Please try again.</source>
        <translation>Không thể hoàn tất việc tìm kiếm. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found for “%1”.</source>
        <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n kết quả cho “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ecabinet/ui/sign_in_page.py" line="+287"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+39"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example https://ecabinet.example.gov</source>
        <translation>ví dụ https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for this device</source>
        <translation>Cụm mật khẩu cho thiết bị này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure key store, so a passphrase you choose protects the papers kept on it.</source>
        <translation>Thiết bị này không có kho khóa bảo mật, nên cụm mật khẩu bạn chọn sẽ bảo vệ tài liệu lưu trên máy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Demo accounts</source>
        <translation>Tài khoản dùng thử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap an account to fill in the form. Every demo password is: %1</source>
        <translation>Chạm vào một tài khoản để điền sẵn biểu mẫu. Mật khẩu của mọi tài khoản dùng thử là: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Please enter the server address.</source>
        <translation>Vui lòng nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter your username and password.</source>
        <translation>Vui lòng nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the passphrase that protects this device&apos;s data.</source>
        <translation>Vui lòng nhập cụm mật khẩu bảo vệ dữ liệu trên thiết bị này.</translation>
    </message>
</context>
</TS>
