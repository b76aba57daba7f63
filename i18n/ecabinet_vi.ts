<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="+81"/>
        <source>Who may read this document</source>
        <translation>Ai được đọc tài liệu này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the participants ticked below (confidential)</source>
        <translation>Chỉ những thành viên được chọn dưới đây (mật)</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="+189"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity on this meeting</source>
        <translation>Hoạt động của cuộc họp này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../ecabinet/ui/prepare/agenda.py" line="+267"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items; drag to reorder, drop PDFs on an item to add them</source>
        <translation>Các nội dung chương trình; kéo để sắp xếp lại, thả tệp PDF vào một nội dung để thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter</source>
        <translation>&amp;Người trình bày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;minutes</source>
        <translation>Số &amp;phút dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save item</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sub-item</source>
        <translation>Thêm nội dung con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents of the item</source>
        <translation>Tài liệu của nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop PDF files here or on an agenda item, several at once.</source>
        <translation>Thả tệp PDF vào đây hoặc vào một nội dung, có thể nhiều tệp cùng lúc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents of the selected item</source>
        <translation>Tài liệu của nội dung đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add PDFs…</source>
        <translation>Thêm PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version…</source>
        <translation>Phiên bản mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may read…</source>
        <translation>Ai được đọc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw version…</source>
        <translation>Rút phiên bản…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted items (can be restored until publication)</source>
        <translation>Nội dung đã xóa (có thể khôi phục đến khi công bố)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>late addition</source>
        <translation>bổ sung muộn</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Planned %1 of %2 minutes</source>
        <translation>Dự kiến %1 trên %2 phút</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>gồm %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named readers only</source>
        <translation>chỉ người được chỉ định</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recognising text: %1 of %2 pages</source>
        <translation>đang nhận dạng chữ: %1/%2 trang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text recognised</source>
        <translation>đã nhận dạng chữ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New item</source>
        <translation>Nội dung mới</translation>
    </message>
</context>
<context>
    <name>AgendaItemBlock</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+329"/>
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
    <message>
        <location line="+2"/>
        <source>No objection</source>
        <translation>Không phản đối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I wish to speak</source>
        <translation>Tôi muốn phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I object…</source>
        <translation>Tôi phản đối…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why do you object? (Enter sends)</source>
        <translation>Vì sao bạn phản đối? (Enter để gửi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for objecting</source>
        <translation>Lý do phản đối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your position: %1</source>
        <translation>Ý kiến của bạn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to be sent</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your position before the meeting:</source>
        <translation>Ý kiến của bạn trước cuộc họp:</translation>
    </message>
</context>
<context>
    <name>AnnotationBar</name>
    <message>
        <location filename="../ecabinet/ui/annotation_bar.py" line="+104"/>
        <source>Read</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read and scroll; tap a mark to share, edit or delete it</source>
        <translation>Đọc và cuộn trang; chạm vào một đánh dấu để chia sẻ, sửa hoặc xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen</source>
        <translation>Bút</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write with the pen</source>
        <translation>Viết bằng bút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight text: drag across the words</source>
        <translation>Tô sáng văn bản: kéo qua các từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note: tap where it belongs</source>
        <translation>Thêm ghi chú: chạm vào vị trí cần ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Tẩy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase your marks: touch them</source>
        <translation>Xóa đánh dấu của bạn: chạm vào chúng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Tím</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour: %1</source>
        <translation>Màu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change to your marks</source>
        <translation>Hoàn tác thay đổi gần nhất với đánh dấu của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share new marks</source>
        <translation>Chia sẻ đánh dấu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share what I mark from now on with the meeting&apos;s participants</source>
        <translation>Chia sẻ những gì tôi đánh dấu từ bây giờ với các thành viên cuộc họp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private marks stay on this device. Shared ones are seen by the participants of the meeting.</source>
        <translation>Đánh dấu riêng tư chỉ ở trên thiết bị này. Đánh dấu được chia sẻ sẽ hiển thị cho các thành viên cuộc họp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My notes</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List my notes and marks in this meeting</source>
        <translation>Danh sách ghi chú và đánh dấu của tôi trong cuộc họp này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export copy</source>
        <translation>Xuất bản sao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of this document with my marks as a PDF</source>
        <translation>Lưu bản sao tài liệu này kèm đánh dấu của tôi dưới dạng PDF</translation>
    </message>
</context>
<context>
    <name>AnswerChoice</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="+13"/>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree with comments</source>
        <translation>Đồng ý có ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other opinion</source>
        <translation>Ý kiến khác</translation>
    </message>
</context>
<context>
    <name>AnswerRefusal</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="+87"/>
        <source>It reached the server on %1, after the deadline (%2), so it was not recorded. Your answer is kept on this device.</source>
        <translation>Ý kiến đến máy chủ lúc %1, sau hạn chót (%2), nên không được ghi nhận. Ý kiến của bạn vẫn được lưu trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It reached the server after the deadline, so it was not recorded. Your answer is kept on this device.</source>
        <translation>Ý kiến đến máy chủ sau hạn chót nên không được ghi nhận. Ý kiến của bạn vẫn được lưu trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consultation was closed early before your answer arrived, so it was not recorded.</source>
        <translation>Đợt lấy ý kiến đã kết thúc sớm trước khi ý kiến của bạn đến nên không được ghi nhận.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer to this question was already signed and can no longer change.</source>
        <translation>Ý kiến của bạn cho câu hỏi này đã được ký và không thể thay đổi nữa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was signed with a certificate that is not enrolled for you. Please ask the IT office to enrol your certificate, then answer again.</source>
        <translation>Ý kiến được ký bằng chứng thư số chưa được đăng ký cho bạn. Vui lòng đề nghị bộ phận CNTT đăng ký chứng thư số của bạn, rồi trả lời lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No signing certificate is enrolled for you on the server. Please ask the IT office to enrol yours.</source>
        <translation>Máy chủ chưa có chứng thư ký số nào được đăng ký cho bạn. Vui lòng đề nghị bộ phận CNTT đăng ký.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not verify the signature. Please sign again.</source>
        <translation>Máy chủ không xác minh được chữ ký. Vui lòng ký lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not trust this certificate (expired, revoked, or from an unknown authority).</source>
        <translation>Máy chủ không tin cậy chứng thư số này (hết hạn, bị thu hồi hoặc do tổ chức không xác định cấp).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This choice needs a comment.</source>
        <translation>Lựa chọn này cần có ý kiến kèm theo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not asked in this consultation.</source>
        <translation>Bạn không thuộc đối tượng được lấy ý kiến lần này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not this member&apos;s named deputy.</source>
        <translation>Bạn không phải là người được thành viên này ủy quyền.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document was added meanwhile. Please read it and answer again.</source>
        <translation>Trong lúc đó có tài liệu mới được bổ sung. Vui lòng đọc và trả lời lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document changed meanwhile. Please read it and answer again.</source>
        <translation>Trong lúc đó có tài liệu đã thay đổi. Vui lòng đọc và trả lời lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not accept it: %1</source>
        <translation>Máy chủ không chấp nhận: %1</translation>
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
    <name>BetweenBar</name>
    <message>
        <location filename="../ecabinet/ui/between/home_bar.py" line="+86"/>
        <source>Consultations</source>
        <translation>Lấy ý kiến</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opinion forms: %n open</source>
        <translation>
            <numerusform>Phiếu lấy ý kiến: %n đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to answer</source>
        <translation>
            <numerusform>%n cần trả lời</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders and news</source>
        <translation>Nhắc việc và tin mới</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n chưa đọc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Decision follow-up: %n open</source>
        <translation>
            <numerusform>Theo dõi thực hiện quyết định: %n đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
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
            <numerusform>%n thông báo mới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <location filename="../ecabinet/ui/changes_panel.py" line="+53"/>
        <source>Page %1 is new</source>
        <translation>Trang %1 là trang mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of the version you read was removed</source>
        <translation>Trang %1 của phiên bản bạn đã đọc đã bị xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text added on page %1</source>
        <translation>Thêm nội dung ở trang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text rewritten on page %1</source>
        <translation>Sửa nội dung ở trang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text deleted near page %1</source>
        <translation>Xóa nội dung gần trang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text deleted from page %1 of the version you read</source>
        <translation>Xóa nội dung ở trang %1 của phiên bản bạn đã đọc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Was: “%1”</source>
        <translation>Trước: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: “%1”</source>
        <translation>Hiện nay: “%1”</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>What changed</source>
        <translation>Những gì đã thay đổi</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Comparing with the version you read…</source>
        <translation>Đang so sánh với phiên bản bạn đã đọc…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The versions could not be compared.</source>
        <translation>Không so sánh được các phiên bản.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is the same as in the version you read.</source>
        <translation>Nội dung giống phiên bản bạn đã đọc.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) since the version you read</source>
        <translation>
            <numerusform>%n thay đổi so với phiên bản bạn đã đọc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationCard</name>
    <message>
        <location filename="../ecabinet/ui/between/consultations.py" line="+87"/>
        <source>Not accepted: see why</source>
        <extracomment>The deadline&apos;s &quot;time left&quot; and the offline warning are brought up to date this often.</extracomment>
        <translation>Không được chấp nhận: xem lý do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 answered</source>
        <translation>%1/%2 đã trả lời</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered and signed</source>
        <translation>Đã trả lời và ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered, not signed yet</source>
        <translation>Đã trả lời, chưa ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To answer</source>
        <translation>Cần trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answer by %1</source>
        <translation>Trả lời trước %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are offline: answer soon</source>
        <translation>Bạn đang ngoại tuyến: hãy trả lời sớm</translation>
    </message>
</context>
<context>
    <name>ConsultationDocumentRow</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="+199"/>
        <source>Result report</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 of %2</source>
        <translation>Phiên bản %1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>gồm %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1</source>
        <translation>thêm lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opens when you are online</source>
        <translation>mở được khi có kết nối</translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <location line="+401"/>
        <source>Please answer every question before signing.</source>
        <extracomment>Answers just handed to the outbox, by question: (choice, comment, signed), until their record shows.</extracomment>
        <translation>Vui lòng trả lời tất cả các câu hỏi trước khi ký.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has changed since your answers were saved.</source>
        <translation>Không có gì thay đổi kể từ khi ý kiến của bạn được lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose an answer first.</source>
        <translation>Vui lòng chọn một ý kiến trước.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+260"/>
        <source>For %1, as their deputy</source>
        <translation>Thay mặt %1 (được ủy quyền)</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+260"/>
        <source>For myself</source>
        <translation>Cho bản thân tôi</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>New version: you answered on version %1. Please read it and review your answers.</source>
        <translation>Có phiên bản mới: bạn đã trả lời theo phiên bản %1. Vui lòng đọc và xem lại ý kiến của bạn.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed on this device and waiting to be sent. It counts if it reaches the server before the deadline.</source>
        <translation>Đã ký trên thiết bị này và đang chờ gửi. Ý kiến được tính nếu đến máy chủ trước hạn chót.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent. It counts if it reaches the server before the deadline.</source>
        <translation>Đang chờ gửi. Ý kiến được tính nếu đến máy chủ trước hạn chót.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Received by the server on %1, before the deadline.</source>
        <translation>Máy chủ đã nhận lúc %1, trước hạn chót.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed: it can no longer change.</source>
        <translation>Đã ký: không thể thay đổi nữa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed yet: sign it to make it final. Until then you may change it.</source>
        <translation>Chưa ký: hãy ký để chốt ý kiến. Trước khi ký, bạn vẫn có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may change it until the deadline.</source>
        <translation>Bạn có thể thay đổi cho đến hạn chót.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was given on an earlier version of a document.</source>
        <translation>Ý kiến này được đưa ra theo phiên bản cũ hơn của một tài liệu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not answered.</source>
        <translation>Chưa trả lời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed ✓</source>
        <translation>Đã ký ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received, not signed</source>
        <translation>Đã nhận, chưa ký</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Answer by %1</source>
        <translation>Trả lời trước %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers are signed with your certificate. A signed answer is final; until you sign, you may change it.</source>
        <translation>Ý kiến được ký bằng chứng thư số của bạn. Ý kiến đã ký là chính thức; trước khi ký, bạn có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signature is asked for. You may change your answers until the deadline.</source>
        <translation>Không yêu cầu ký. Bạn có thể thay đổi ý kiến cho đến hạn chót.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers</source>
        <translation>Ý kiến của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save without signing</source>
        <translation>Lưu, chưa ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign and send</source>
        <translation>Ký và gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing makes your answers final.</source>
        <translation>Sau khi ký, ý kiến của bạn là chính thức.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send my answers</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may change your answers until the deadline.</source>
        <translation>Bạn có thể thay đổi ý kiến cho đến hạn chót.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server did not record %n answer(s) sent from this device:</source>
        <translation>
            <numerusform>Máy chủ không ghi nhận %n ý kiến gửi từ thiết bị này:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1: %2</source>
        <translation>Câu hỏi %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secretariat closed this consultation early, on %1.</source>
        <translation>Văn phòng đã kết thúc sớm đợt lấy ý kiến này vào %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This consultation is closed. Answers are no longer accepted.</source>
        <translation>Đợt lấy ý kiến đã kết thúc. Không nhận thêm ý kiến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline has passed. Answers are no longer accepted.</source>
        <translation>Đã quá hạn chót. Không nhận thêm ý kiến.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline and the deadline is near (%1, %2). You can answer now: your answers are sent when the connection is back, and count only if they reach the server before the deadline.</source>
        <translation>Bạn đang ngoại tuyến và sắp đến hạn chót (%1, %2). Bạn vẫn có thể trả lời ngay: ý kiến sẽ được gửi khi có kết nối trở lại và chỉ được tính nếu đến máy chủ trước hạn chót.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are offline. You can answer now: your answers are kept on this device and sent when the connection is back.</source>
        <translation>Bạn đang ngoại tuyến. Bạn vẫn có thể trả lời ngay: ý kiến được lưu trên thiết bị này và gửi đi khi có kết nối trở lại.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../ecabinet/ui/between/consultations.py" line="+137"/>
        <source>Result report</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Your answers to “%1”</source>
        <translation>Ý kiến của bạn về “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending your answers…</source>
        <translation>Đang gửi ý kiến của bạn…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The signed result report was accepted and goes to every member.</source>
        <translation>Báo cáo kết quả đã ký được chấp nhận và được gửi tới mọi thành viên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result report of “%1”</source>
        <translation>Báo cáo kết quả của “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result report was not signed: %1</source>
        <translation>Báo cáo kết quả chưa được ký: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answers were not signed: %1</source>
        <translation>Ý kiến của bạn chưa được ký: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The server did not record %n answer(s). The reason is shown below.</source>
        <translation>
            <numerusform>Máy chủ không ghi nhận %n ý kiến. Lý do được nêu bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline. Your answers are kept on this device and sent when the connection is back; they count if they reach the server before the deadline.</source>
        <translation>Bạn đang ngoại tuyến. Ý kiến được lưu trên thiết bị này và gửi đi khi có kết nối trở lại; ý kiến được tính nếu đến máy chủ trước hạn chót.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answers are kept on this device and will be sent at the next sync.</source>
        <translation>Ý kiến được lưu trên thiết bị này và sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers reached the server before the deadline. The time of receipt is shown with each answer.</source>
        <translation>Ý kiến của bạn đã đến máy chủ trước hạn chót. Thời điểm nhận được hiển thị ở từng ý kiến.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consultations</source>
        <translation>Lấy ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All consultations</source>
        <translation>Tất cả đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no consultations for you yet.</source>
        <translation>Hiện chưa có đợt lấy ý kiến nào dành cho bạn.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../ecabinet/ui/crash.py" line="+123"/>
        <source>Something unexpected happened in eCabinet. What you were doing may not have finished, but your documents, notes and votes on this device are safe, and you can go on working.</source>
        <extracomment>Reports kept in the folder; older ones are removed so a loop of errors cannot fill the disk.</extracomment>
        <translation>Đã xảy ra sự cố ngoài dự kiến trong eCabinet. Thao tác bạn đang làm có thể chưa hoàn tất, nhưng tài liệu, ghi chú và phiếu biểu quyết trên thiết bị này vẫn an toàn và bạn có thể tiếp tục làm việc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report without any document content was saved for the IT office:</source>
        <translation>Một báo cáo (không chứa nội dung tài liệu) đã được lưu cho bộ phận CNTT:</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ecabinet/ui/signing.py" line="+280"/>
        <source>No signing certificate is set up on this device yet.</source>
        <extracomment>Issuer certificates embedded with a token&apos;s signatures (when the token lacks them). A note under the choices (the demo says which passphrase or PIN to type).</extracomment>
        <translation>Chưa có chứng thư ký số nào được thiết lập trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use:</source>
        <translation>Đang dùng:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your certificate file</source>
        <translation>Chọn tệp chứng thư số của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing certificate</source>
        <translation>Chứng thư ký số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing certificate</source>
        <translation>Chứng thư ký số của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB token</source>
        <translation>Thiết bị token USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from this device</source>
        <translation>Xóa khỏi thiết bị này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File (.p12 or .pfx)</source>
        <translation>Tệp (.p12 hoặc .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the file</source>
        <translation>Mật khẩu của tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token driver (PKCS#11 module)</source>
        <translation>Trình điều khiển token (mô-đun PKCS#11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token name</source>
        <translation>Tên token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name (optional)</source>
        <translation>Tên khóa (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the passphrase or PIN on this device</source>
        <translation>Ghi nhớ mật khẩu hoặc mã PIN trên thiết bị này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this certificate</source>
        <translation>Dùng chứng thư này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DashboardGroup</name>
    <message>
        <location filename="../ecabinet/ui/between/tasks.py" line="+166"/>
        <source>no tasks</source>
        <translation>không có nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>DemoRoles</name>
    <message>
        <location filename="../ecabinet/ui/messages.py" line="+148"/>
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
    <name>DocumentReader</name>
    <message>
        <location filename="../ecabinet/ui/between/consultations.py" line="-347"/>
        <source>Opening the document…</source>
        <translation>Đang mở tài liệu…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You are offline. This document opens when the connection is back.</source>
        <translation>Bạn đang ngoại tuyến. Tài liệu này sẽ mở được khi có kết nối trở lại.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to the consultation</source>
        <translation>Quay lại đợt lấy ý kiến</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/meeting_page.py" line="-125"/>
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
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Chưa đọc</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../ecabinet/ui/viewer/view.py" line="+90"/>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>Các trang tài liệu</translation>
    </message>
    <message>
        <location line="+396"/>
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
        <location filename="../ecabinet/ui/messages.py" line="-119"/>
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
    <message>
        <location line="+5"/>
        <source>The passphrase is not correct, or the certificate file is damaged. Please try again.</source>
        <translation>Mật khẩu không đúng hoặc tệp chứng thư số bị hỏng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token did not accept this PIN. Please try again.</source>
        <translation>Thiết bị ký (token) không chấp nhận mã PIN này. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is locked after too many wrong PINs. Please contact the IT office.</source>
        <translation>Token đã bị khóa do nhập sai mã PIN quá nhiều lần. Vui lòng liên hệ bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing was cancelled.</source>
        <translation>Đã hủy ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing token cannot be reached. Please check that it is plugged in and try again.</source>
        <translation>Không kết nối được với token ký số. Vui lòng kiểm tra token đã được cắm và thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file or token holds no signing key. Please use the file the IT office gave you.</source>
        <translation>Tệp hoặc token này không chứa khóa ký. Vui lòng dùng tệp do bộ phận CNTT cấp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signing certificate has expired. Please ask the IT office for a new one.</source>
        <translation>Chứng thư ký số của bạn đã hết hạn. Vui lòng đề nghị bộ phận CNTT cấp chứng thư mới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already signed this document.</source>
        <translation>Bạn đã ký văn bản này rồi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate may not be used to sign documents. Please ask the IT office.</source>
        <translation>Chứng thư số này không được dùng để ký văn bản. Vui lòng hỏi bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signing certificate is set up on this device yet.</source>
        <translation>Chưa có chứng thư ký số nào được thiết lập trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature could not be made (%1). Please try again.</source>
        <translation>Không thể tạo chữ ký (%1). Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../ecabinet/ui/minutes/rich_text.py" line="+262"/>
        <source>Bold</source>
        <translation>In đậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>In nghiêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Danh sách dấu đầu dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../ecabinet/ui/live/panel.py" line="+44"/>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adopted</source>
        <translation>Được thông qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Không được thông qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tied</source>
        <translation>Ngang phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum</source>
        <translation>Không đủ túc số</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connection to the server. A vote counts only when the server confirms it: try again.</source>
        <translation>Không kết nối được máy chủ. Phiếu biểu quyết chỉ được tính khi máy chủ xác nhận: hãy thử lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vote is closed.</source>
        <translation>Cuộc biểu quyết đã kết thúc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already voted.</source>
        <translation>Bạn đã biểu quyết rồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not among the voters of this vote.</source>
        <translation>Bạn không thuộc danh sách biểu quyết lần này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not one of the vote&apos;s options.</source>
        <translation>Đây không phải là một phương án của cuộc biểu quyết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the open vote first.</source>
        <translation>Hãy kết thúc cuộc biểu quyết đang mở trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has not started.</source>
        <translation>Phiên họp chưa bắt đầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agenda item is open.</source>
        <translation>Chưa có nội dung nào được mở.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item is marked for approval en bloc.</source>
        <translation>Không có nội dung nào được đánh dấu để thông qua chung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair has already opened this item.</source>
        <translation>Chủ trì đã mở nội dung này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the chair or the secretary may do this.</source>
        <translation>Chỉ chủ trì hoặc thư ký mới được làm việc này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location line="+201"/>
        <source>I am here</source>
        <extracomment>The chair&apos;s positions board is fetched again at most this often while the session state changes. Signs ballots of votes that require it (set by the window; None: such votes cannot be answered here).</extracomment>
        <translation>Tôi có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in as present in the room</source>
        <translation>Điểm danh có mặt tại phòng họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I take part remotely</source>
        <translation>Tôi tham dự từ xa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my deputy</source>
        <translation>Cử người thay mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy who takes your place in this meeting</source>
        <translation>Người thay mặt bạn trong cuộc họp này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the presenter&apos;s page</source>
        <translation>Theo trang của người trình bày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session</source>
        <translation>Bắt đầu phiên họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the session</source>
        <translation>Kết thúc phiên họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this item</source>
        <translation>Mở nội dung này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item to open</source>
        <translation>Nội dung cần mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve uncontested items en bloc</source>
        <translation>Thông qua chung các nội dung không có ý kiến khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the floor to the next speaker</source>
        <translation>Mời người tiếp theo phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this speaker&apos;s turn</source>
        <translation>Kết thúc lượt phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Question of the vote</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positions before the meeting</source>
        <translation>Ý kiến trước cuộc họp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed ballots</source>
        <translation>Phiếu có ký số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member signs their ballot with their certificate. Not for secret ballots: a signature names the voter.</source>
        <translation>Mỗi thành viên ký phiếu bằng chứng thư số của mình. Không áp dụng cho bỏ phiếu kín: chữ ký cho biết danh tính người bỏ phiếu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody can see who voted what. Secret ballots are never signed.</source>
        <translation>Không ai biết ai đã bỏ phiếu thế nào. Phiếu kín không bao giờ được ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple majority</source>
        <translation>Đa số thông thường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two-thirds majority</source>
        <translation>Đa số hai phần ba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absolute majority of all members</source>
        <translation>Quá nửa tổng số thành viên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the vote</source>
        <translation>Mở biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the vote</source>
        <translation>Kết thúc biểu quyết</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to the session…</source>
        <translation>Đang kết nối với phiên họp…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The session is in progress</source>
        <translation>Phiên họp đang diễn ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is closed</source>
        <translation>Phiên họp đã kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session has not started yet</source>
        <translation>Phiên họp chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now: %1</source>
        <translation>Đang thảo luận: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 voting members present · quorum %3</source>
        <translation>%1 trên %2 thành viên biểu quyết có mặt · túc số %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached</source>
        <translation>đã đủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>chưa đủ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No objection</source>
        <translation>Không phản đối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes to speak</source>
        <translation>Muốn phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to discuss</source>
        <translation>cần thảo luận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uncontested</source>
        <translation>không có ý kiến khác</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not stated: %1</source>
        <translation>Chưa nêu ý kiến: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stands aside: %1</source>
        <translation>Không tham gia: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Represented by %1</source>
        <translation>Do %1 thay mặt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has the floor</source>
        <translation>%1 đang phát biểu</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n waiting to speak</source>
        <translation>
            <numerusform>%n người chờ phát biểu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has asked to speak</source>
        <translation>Chưa có ai đăng ký phát biểu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw my request to speak</source>
        <translation>Rút yêu cầu phát biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Secret ballot: nobody, not even the server&apos;s operators, can see what you chose.</source>
        <translation>Bỏ phiếu kín: không ai, kể cả người vận hành máy chủ, biết bạn đã chọn gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named vote with signed ballots: you sign your ballot with your certificate, and the result will show who voted what.</source>
        <translation>Biểu quyết công khai có ký số: bạn ký phiếu bằng chứng thư số của mình và kết quả sẽ cho biết ai đã bỏ phiếu thế nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Named vote: the result will show who voted what.</source>
        <translation>Biểu quyết công khai: kết quả sẽ cho biết ai chọn gì.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vote: %1</source>
        <translation>Biểu quyết: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cast %1 of %2</source>
        <translation>Đã bỏ phiếu %1 trên %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your ballot was counted.</source>
        <translation>Phiếu của bạn đã được tính.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You voted: %1</source>
        <translation>Bạn đã chọn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You do not vote on this item.</source>
        <translation>Bạn không biểu quyết nội dung này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vote is closed.</source>
        <translation>Cuộc biểu quyết đã kết thúc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm your vote</source>
        <translation>Xác nhận biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You vote “%1” on: %2</source>
        <translation>Bạn chọn “%1” cho: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vote %1</source>
        <translation>Chọn %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <source>Sending your ballot…</source>
        <translation>Đang gửi phiếu của bạn…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This vote needs your signature, and signing is not available here.</source>
        <translation>Cuộc biểu quyết này cần chữ ký của bạn, nhưng không thể ký tại đây.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing your ballot…</source>
        <translation>Đang ký phiếu của bạn…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your ballot: “%1” on %2</source>
        <translation>Phiếu của bạn: “%1” cho %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your ballot was counted: %1</source>
        <translation>Phiếu của bạn đã được tính: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the question of the vote first.</source>
        <translation>Hãy nhập nội dung biểu quyết trước.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is on page %2</source>
        <translation>%1 đang ở trang %2</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+124"/>
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
        <location line="+20"/>
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
        <location filename="../ecabinet/ui/main_window.py" line="+276"/>
        <source>eCabinet</source>
        <extracomment>The servers this profile has confirmed (name and certificate fingerprint), see `ecabinet.ui.first_run`. This profile&apos;s choices (language, theme, text size, automatic lock), saved beside its device id. First run: which server (None when the address is known and the provisioning file, if any, is sound). &quot;A newer app is available&quot; above every page, from the server&apos;s announcement. Locks the session after the chosen minutes without input (when a PIN is set); watching while signed in. Every signature the app makes (ballots, minutes, answers) asks and works through this one runner. `ecabinet demo` only: the demo&apos;s certificates, offered when a demo user sets up signing. Consultations, notifications and tasks (issue 16): pages in the stack, reached from Home&apos;s tiles.</extracomment>
        <translation>eCabinet</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Save a copy with my marks</source>
        <translation>Lưu bản sao kèm đánh dấu của tôi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my notes for another device</source>
        <translation>Lưu ghi chú của tôi cho thiết bị khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>eCabinet notes (*.ecnotes)</source>
        <translation>Ghi chú eCabinet (*.ecnotes)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bring notes from another device</source>
        <translation>Lấy ghi chú từ thiết bị khác</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n private note(s) saved in %1</source>
        <translation>
            <numerusform>Đã lưu %n ghi chú riêng tư vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) brought to this device</source>
        <translation>
            <numerusform>Đã chuyển %n ghi chú vào thiết bị này</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase does not open this notes file.</source>
        <translation>Cụm mật khẩu không mở được tệp ghi chú này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an eCabinet notes file, or it is damaged.</source>
        <translation>Đây không phải tệp ghi chú eCabinet, hoặc tệp đã bị hỏng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notes could not be moved: %1</source>
        <translation>Không chuyển được ghi chú: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Demo: your key is on a SoftHSM2 token, as a USB token would hold it. Its PIN is %1.</source>
        <translation>Bản demo: khóa của bạn nằm trên token SoftHSM2, như trên một token USB. Mã PIN là %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo: this is your demo certificate file. Its passphrase is “%1”.</source>
        <translation>Bản demo: đây là tệp chứng thư số demo của bạn. Mật khẩu là “%1”.</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../ecabinet/ui/notes_panel.py" line="+21"/>
        <source>Handwriting</source>
        <translation>Viết tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text box</source>
        <translation>Hộp văn bản</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The marked text was changed or deleted.</source>
        <translation>Đoạn văn được đánh dấu đã bị sửa hoặc xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marked text now appears in several places.</source>
        <translation>Đoạn văn được đánh dấu nay xuất hiện ở nhiều chỗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text it was next to is gone.</source>
        <translation>Đoạn văn bên cạnh không còn nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its page was removed.</source>
        <translation>Trang của nó đã bị xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The marked text now runs over two pages.</source>
        <translation>Đoạn văn được đánh dấu nay nằm trên hai trang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its page no longer exists.</source>
        <translation>Trang của nó không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version it was on is no longer available.</source>
        <translation>Phiên bản chứa nó không còn nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be read to move it.</source>
        <translation>Không đọc được tài liệu để chuyển nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be placed on the new version.</source>
        <translation>Không thể đặt nó vào phiên bản mới.</translation>
    </message>
</context>
<context>
    <name>MeetingCard</name>
    <message>
        <location filename="../ecabinet/ui/meetings_page.py" line="+143"/>
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
        <source>Older meeting: its papers are kept on the server, not on this device</source>
        <translation>Cuộc họp cũ: tài liệu được lưu trên máy chủ, không lưu trên thiết bị này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 on this device</source>
        <translation>Đã có %1/%2 trên thiết bị</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n chưa đọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n có thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../ecabinet/ui/meeting_page.py" line="+401"/>
        <source>Meetings</source>
        <extracomment>Who is reading, for the watermark on confidential papers (set by the main window). Who signed the document shown, checked on this device (`attach_signatures`). Per document, the version this reader had read before a newer one was opened (for &quot;What changed&quot;).</extracomment>
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
        <location line="+34"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Back to the agenda</source>
        <translation>Quay lại chương trình họp</translation>
    </message>
    <message>
        <location line="+391"/>
        <source>A copy with your marks was saved as %1</source>
        <translation>Đã lưu bản sao kèm đánh dấu của bạn tại %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy could not be saved: %1</source>
        <translation>Không lưu được bản sao: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mark could not be stored on this device: %1</source>
        <translation>Không lưu được đánh dấu của bạn trên thiết bị này: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole page in the window</source>
        <translation>Hiển thị trọn trang trong cửa sổ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>Hiển thị trang vừa chiều rộng</translation>
    </message>
    <message>
        <location line="-481"/>
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
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Trang tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show page thumbnails and contents</source>
        <translation>Hiện ảnh thu nhỏ các trang và mục lục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page</source>
        <translation>Từng trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one page at a time</source>
        <translation>Hiển thị từng trang một</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page at a time, or all pages in one scroll</source>
        <translation>Từng trang một, hoặc cuộn liên tục mọi trang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live session</source>
        <translation>Phiên họp trực tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting in session: speakers, votes, attendance</source>
        <translation>Phiên họp đang diễn ra: phát biểu, biểu quyết, điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of this meeting: text, approval, signatures</source>
        <translation>Biên bản cuộc họp này: nội dung, phê duyệt, chữ ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share my page</source>
        <translation>Chia sẻ trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the participants follow the page I am on</source>
        <translation>Cho thành viên theo dõi trang tôi đang xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Những gì đã thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since the version you read</source>
        <translation>Những gì đã thay đổi so với phiên bản bạn đã đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pen, highlighter and notes</source>
        <translation>Hiện bút, bút tô sáng và ghi chú</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Confidential documents are not exported.</source>
        <translation>Tài liệu mật không được xuất ra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confidential · %1 · %2</source>
        <translation>Mật · %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>người đọc</translation>
    </message>
    <message>
        <location line="+89"/>
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
        <location line="+30"/>
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
        <location filename="../ecabinet/ui/meetings_page.py" line="+180"/>
        <source>Signed in as %1</source>
        <extracomment>Between meetings (issue 16): consultations, notifications and tasks, each a large tile with a badge.</extracomment>
        <translation>Đã đăng nhập: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings</source>
        <translation>Chuẩn bị cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings: agendas, documents, participants</source>
        <translation>Chuẩn bị cuộc họp: chương trình, tài liệu, thành phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: language, theme, text size, automatic lock</source>
        <translation>Cài đặt: ngôn ngữ, giao diện, cỡ chữ, tự động khóa</translation>
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
    <name>Minutes</name>
    <message>
        <location filename="../ecabinet/ui/minutes/sections.py" line="+27"/>
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
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Quan sát viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No objection</source>
        <translation>Không phản đối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wish to speak</source>
        <translation>Muốn phát biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positions before the meeting: %1</source>
        <translation>Ý kiến trước cuộc họp: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoke: %1</source>
        <translation>Đã phát biểu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret vote</source>
        <translation>bỏ phiếu kín</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named vote</source>
        <translation>bỏ phiếu công khai</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+79"/>
        <source>General remarks</source>
        <translation>Ý kiến chung</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No text yet.</source>
        <translation>Chưa có nội dung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this text meanwhile. Yours is kept above; theirs is shown here:</source>
        <translation>Trong lúc đó người khác đã lưu nội dung này. Nội dung của bạn giữ ở trên; của họ hiển thị tại đây:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use their text instead of mine</source>
        <translation>Dùng nội dung của họ thay cho của tôi</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../ecabinet/ui/minutes/page.py" line="+356"/>
        <source>The minutes are final. The signers can now sign them, in order.</source>
        <translation>Biên bản đã được chốt. Những người ký giờ có thể ký theo thứ tự.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Changes not saved yet</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+395"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Loading the minutes…</source>
        <translation>Đang tải biên bản…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretary has not started the minutes yet.</source>
        <translation>Thư ký chưa bắt đầu soạn biên bản.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretary is writing the minutes. They can still change.</source>
        <translation>Thư ký đang soạn biên bản. Nội dung vẫn có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final: waiting for signatures</source>
        <translation>Đã chốt: đang chờ ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is fixed. The signers sign in order.</source>
        <translation>Nội dung đã cố định. Những người ký sẽ ký theo thứ tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being signed</source>
        <translation>Đang được ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 signers have signed.</source>
        <translation>%1 trên %2 người đã ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by everyone: these are the official minutes of the meeting.</source>
        <translation>Mọi người đã ký: đây là biên bản chính thức của cuộc họp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>signed %1</source>
        <translation>đã ký lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed yet</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will sign</source>
        <translation>sẽ ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signers:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No signers chosen yet.</source>
        <translation>Chưa chọn người ký.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is your turn to sign.</source>
        <translation>Đến lượt bạn ký.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You sign after: %1</source>
        <translation>Bạn ký sau: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign the minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the minutes</source>
        <translation>Đọc biên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My signing certificate…</source>
        <translation>Chứng thư ký số của tôi…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your approval</source>
        <translation>Phê duyệt của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the draft</source>
        <translation>Phê duyệt bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my comments</source>
        <translation>Gửi góp ý của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Comments for the secretary</source>
        <translation>Góp ý gửi thư ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You approved this draft. You can still send comments.</source>
        <translation>Bạn đã phê duyệt bản nháp này. Bạn vẫn có thể gửi góp ý.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sent comments: %1</source>
        <translation>Bạn đã gửi góp ý: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secretary asks you to approve this draft of the minutes, or to send comments.</source>
        <translation>Thư ký đề nghị bạn phê duyệt bản nháp biên bản này hoặc gửi góp ý.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval by members</source>
        <translation>Phê duyệt của thành viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked, no answer yet</source>
        <translation>đã đề nghị, chưa trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commented</source>
        <translation>đã góp ý</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody has been asked yet.</source>
        <translation>Chưa đề nghị ai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask these participants to approve the draft:</source>
        <translation>Đề nghị những người tham dự này phê duyệt bản nháp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask to approve</source>
        <translation>Đề nghị phê duyệt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who signs</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick who signs the minutes. They sign in this order: secretaries, then members, then the chair.</source>
        <translation>Đánh dấu người ký biên bản. Thứ tự ký: thư ký, rồi thành viên, rồi chủ tọa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the signers</source>
        <translation>Lưu người ký</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The minutes were saved.</source>
        <translation>Biên bản đã được lưu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Someone else saved the minutes meanwhile. Your text is kept; where theirs differs it is shown under yours. Save again to keep yours.</source>
        <translation>Trong lúc đó người khác đã lưu biên bản. Nội dung của bạn được giữ nguyên; chỗ nào khác, nội dung của họ hiển thị bên dưới. Lưu lại để giữ nội dung của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the minutes meanwhile; they were reloaded.</source>
        <translation>Trong lúc đó người khác đã thay đổi biên bản; biên bản đã được tải lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise the minutes</source>
        <translation>Chốt biên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise the minutes? Their text can no longer change afterwards: the PDF is made and the signers can sign it. Unsaved changes are saved first.</source>
        <translation>Chốt biên bản? Sau đó nội dung không thể thay đổi: tệp PDF được tạo và người ký có thể ký. Các thay đổi chưa lưu sẽ được lưu trước.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making the PDF of the minutes…</source>
        <translation>Đang tạo tệp PDF biên bản…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one person to sign the minutes.</source>
        <translation>Hãy chọn ít nhất một người ký biên bản.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write your comments first.</source>
        <translation>Hãy viết góp ý trước.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The signing certificate on this device is not the one registered for you, so the server would not accept the signature. Choose your registered certificate (My signing certificate…) or ask the IT office to register this one.</source>
        <translation>Chứng thư ký số trên thiết bị này không phải chứng thư đã đăng ký cho bạn, nên máy chủ sẽ không chấp nhận chữ ký. Hãy chọn chứng thư đã đăng ký (Chứng thư ký số của tôi…) hoặc đề nghị bộ phận CNTT đăng ký chứng thư này.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The minutes of %1</source>
        <translation>Biên bản %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed on this device. Sending the signed minutes to the server…</source>
        <translation>Đã ký trên thiết bị này. Đang gửi biên bản đã ký lên máy chủ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your signature was accepted. Thank you.</source>
        <translation>Chữ ký của bạn đã được chấp nhận. Xin cảm ơn.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the meeting</source>
        <translation>Quay lại cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: %1</source>
        <translation>Biên bản: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General remarks</source>
        <translation>Ý kiến chung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the minutes (Ctrl+S)</source>
        <translation>Lưu biên bản (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Chốt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ecabinet/ui/note_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note by %1</source>
        <translation>Ghi chú của %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the note</source>
        <translation>Nội dung ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note here</source>
        <translation>Viết ghi chú của bạn ở đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../ecabinet/ui/notes_panel.py" line="+41"/>
        <source>Page %1</source>
        <translation>Trang số %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>đã chia sẻ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs your review: %1</source>
        <translation>Cần bạn xem lại: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stays on the version you marked.</source>
        <translation>Nó vẫn ở trên phiên bản bạn đã đánh dấu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this mark</source>
        <translation>Bỏ đánh dấu này</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location line="+53"/>
        <source>My notes</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>You have no notes or marks in this meeting yet.</source>
        <translation>Bạn chưa có ghi chú hay đánh dấu nào trong cuộc họp này.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+6"/>
        <source>%n mark(s) in this meeting</source>
        <translation>
            <numerusform>%n đánh dấu trong cuộc họp này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n need(s) your review</source>
        <translation>
            <numerusform>%n cần bạn xem lại</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take to another device…</source>
        <translation>Mang sang thiết bị khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my private notes of this meeting in a protected file</source>
        <translation>Lưu ghi chú riêng tư của tôi trong cuộc họp này vào một tệp được bảo vệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring from another device…</source>
        <translation>Lấy từ thiết bị khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read private notes from a file made on another device</source>
        <translation>Đọc ghi chú riêng tư từ tệp tạo trên thiết bị khác</translation>
    </message>
</context>
<context>
    <name>NotesPassphraseDialog</name>
    <message>
        <location filename="../ecabinet/ui/notes_transfer_dialog.py" line="+70"/>
        <source>Protect the notes file</source>
        <translation>Bảo vệ tệp ghi chú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a passphrase of at least %1 characters. You will need it on the other device; without it nobody can read the notes, not even you.</source>
        <translation>Chọn cụm mật khẩu có ít nhất %1 ký tự. Bạn sẽ cần nó trên thiết bị kia; không có nó thì không ai đọc được ghi chú, kể cả bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the notes file</source>
        <translation>Mở tệp ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase chosen when the file was made.</source>
        <translation>Nhập cụm mật khẩu đã chọn khi tạo tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Nhập lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the notes file</source>
        <translation>Cụm mật khẩu của tệp ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Cụm mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>NotificationRow</name>
    <message>
        <location filename="../ecabinet/ui/between/notifications.py" line="+73"/>
        <source>Tap to open the consultation</source>
        <extracomment>What a notification can open, by its `subject_kind`.</extracomment>
        <translation>Chạm để mở đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap to open the meeting</source>
        <translation>Chạm để mở cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap to open the task</source>
        <translation>Chạm để mở nhiệm vụ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Đánh dấu đã đọc</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location line="+94"/>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n chưa đọc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything is read</source>
        <translation>Đã đọc hết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Đánh dấu tất cả đã đọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notifications yet. Reminders and news from the secretariat appear here.</source>
        <translation>Chưa có thông báo. Nhắc việc và tin mới từ Văn phòng sẽ hiển thị tại đây.</translation>
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
        <location line="+1"/>
        <source>Your answer to a consultation</source>
        <translation>Ý kiến của bạn trong đợt lấy ý kiến</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your change</source>
        <translation>Thay đổi của bạn</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="+207"/>
        <source>Contents of the document</source>
        <translation>Mục lục của tài liệu</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="+104"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Home</source>
        <translation>Quay lại Trang chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="-95"/>
        <source>Participant</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers on the device</source>
        <translation>Tài liệu trên thiết bị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants and whether they have the papers</source>
        <translation>Thành viên và việc họ đã có tài liệu hay chưa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person to invite</source>
        <translation>Người được mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the meeting</source>
        <translation>Vai trò trong cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite</source>
        <translation>Mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh delivery</source>
        <translation>Cập nhật tình trạng nhận tài liệu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not known yet</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 current, %2 outdated, %3 not yet</source>
        <translation>%1 mới nhất, %2 phiên bản cũ, %3 chưa nhận</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 participants have every paper</source>
        <translation>%1 trên %2 thành viên đã có đủ tài liệu</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ecabinet/ui/lock_page.py" line="+59"/>
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
        <location line="+11"/>
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
    <name>Prepare</name>
    <message>
        <location filename="../ecabinet/ui/prepare/people.py" line="-119"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Quan sát viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="+178"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare meetings</source>
        <translation>Chuẩn bị cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings you prepare</source>
        <translation>Các cuộc họp bạn chuẩn bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen meeting…</source>
        <translation>Sao chép cuộc họp đang chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length (minutes)</source>
        <translation>&amp;Thời lượng (phút)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create meeting</source>
        <translation>Tạo cuộc họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save details</source>
        <translation>Lưu thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish to participants</source>
        <translation>Công bố cho thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Trở về bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and documents</source>
        <translation>Chương trình và tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and delivery</source>
        <translation>Thành phần và tình trạng nhận tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Copy the meeting</source>
        <translation>Sao chép cuộc họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title of the new meeting</source>
        <translation>Tiêu đề của cuộc họp mới</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting needs a title.</source>
        <translation>Cuộc họp cần có tiêu đề.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You prepare meetings for no body; ask the administrator.</source>
        <translation>Bạn chưa được giao chuẩn bị họp cho cơ quan nào; hãy hỏi quản trị viên.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete the item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” holds %2 document(s). Delete them with it? Until the meeting is published it can be restored.</source>
        <translation>“%1” có %2 tài liệu. Xóa cả tài liệu? Có thể khôi phục cho đến khi cuộc họp được công bố.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add PDF documents</source>
        <translation>Thêm tài liệu PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not a PDF: only PDF documents can be added.</source>
        <translation>Không phải PDF: chỉ có thể thêm tài liệu PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the new version</source>
        <translation>Chọn phiên bản mới</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Withdraw the newest version</source>
        <translation>Rút phiên bản mới nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it withdrawn? Readers are told, and it leaves every device at the next sync.</source>
        <translation>Vì sao rút lại? Người đọc sẽ được thông báo và tài liệu sẽ bị xóa khỏi mọi thiết bị ở lần đồng bộ sau.</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="-897"/>
        <source>Please write your comment: this choice needs one.</source>
        <extracomment>The member changed something here since it was last loaded (a sync then keeps their values).</extracomment>
        <translation>Vui lòng ghi ý kiến: lựa chọn này cần có ý kiến kèm theo.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your comment (needed for this choice)</source>
        <translation>Ý kiến của bạn (bắt buộc với lựa chọn này)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment (optional)</source>
        <translation>Ý kiến của bạn (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1: %2</source>
        <translation>Câu hỏi %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment on question %1</source>
        <translation>Ý kiến về câu hỏi %1</translation>
    </message>
</context>
<context>
    <name>ReaderMarks</name>
    <message>
        <location filename="../ecabinet/ui/reader_marks.py" line="+184"/>
        <source>Shared by %1</source>
        <translation>Do %1 chia sẻ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a participant</source>
        <translation>một thành viên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the note</source>
        <translation>Đọc ghi chú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make private</source>
        <translation>Chuyển thành riêng tư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with the participants</source>
        <translation>Chia sẻ với các thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be placed on the new version</source>
        <translation>Không thể đặt vào phiên bản mới</translation>
    </message>
</context>
<context>
    <name>ReaderSidebar</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="+59"/>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages and contents</source>
        <translation>Các trang và mục lục</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ecabinet/ui/between/answer_form.py" line="+130"/>
        <source>Close the consultation now?</source>
        <translation>Kết thúc đợt lấy ý kiến ngay bây giờ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member can answer or change an answer after this, and the result report is made at once. Close it now?</source>
        <translation>Sau đó, không thành viên nào có thể trả lời hoặc thay đổi ý kiến, và báo cáo kết quả được lập ngay. Kết thúc ngay?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Close now</source>
        <translation>Kết thúc ngay</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Results so far</source>
        <translation>Kết quả đến thời điểm này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the consultation now, before its deadline</source>
        <translation>Kết thúc đợt lấy ý kiến ngay, trước hạn chót</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 members have answered every question; %3 signed.</source>
        <translation>%1/%2 thành viên đã trả lời tất cả câu hỏi; %3 đã ký.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question %1: %2</source>
        <translation>Câu hỏi %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (represented by %2)</source>
        <translation>%1 (do %2 thay mặt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed</source>
        <translation>đã ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on an earlier version</source>
        <translation>theo phiên bản cũ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered: %1</source>
        <translation>Chưa trả lời: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The result report is made when the consultation closes.</source>
        <translation>Báo cáo kết quả được lập khi đợt lấy ý kiến kết thúc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed result report is available to every member.</source>
        <translation>Báo cáo kết quả đã ký được gửi tới mọi thành viên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result report is ready; it is not signed by the secretariat yet.</source>
        <translation>Báo cáo kết quả đã sẵn sàng; Văn phòng chưa ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the result report</source>
        <translation>Mở báo cáo kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the result report</source>
        <translation>Ký báo cáo kết quả</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../ecabinet/ui/search_panel.py" line="+54"/>
        <source>Page %1</source>
        <translation>Trang số %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="-21"/>
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
    <name>SecretDialog</name>
    <message>
        <location filename="../ecabinet/ui/signing.py" line="-230"/>
        <location line="+12"/>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Enter the PIN of your signing token</source>
        <translation>Nhập mã PIN của token ký số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of your signing certificate</source>
        <translation>Nhập mật khẩu của chứng thư ký số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the PIN on this device</source>
        <translation>Ghi nhớ mã PIN trên thiết bị này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remember the passphrase on this device</source>
        <translation>Ghi nhớ mật khẩu trên thiết bị này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ServerSetupPage</name>
    <message>
        <location filename="../ecabinet/ui/first_run.py" line="+163"/>
        <source>Connect to your server</source>
        <translation>Kết nối với máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your IT office has set up this device for the server below.</source>
        <translation>Bộ phận CNTT đã thiết lập thiết bị này cho máy chủ dưới đây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the server address your IT office gave you. You only need to do this once.</source>
        <translation>Nhập địa chỉ máy chủ do bộ phận CNTT cung cấp. Bạn chỉ cần làm việc này một lần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file from your IT office could not be used: %1. Type the server address, or ask the IT office.</source>
        <translation>Không dùng được tệp cấu hình của bộ phận CNTT: %1. Hãy nhập địa chỉ máy chủ hoặc hỏi bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+117"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Dấu vân tay chứng thư (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this server</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This server&apos;s certificate is not the one your IT office set up (%1). The app did not connect. Do not sign in; call your IT office.</source>
        <translation>Chứng thư của máy chủ này không phải chứng thư bộ phận CNTT đã thiết lập (%1). Ứng dụng không kết nối. Đừng đăng nhập; hãy gọi bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate could not be verified, so the app did not connect. Call your IT office.</source>
        <translation>Không xác minh được chứng thư của máy chủ nên ứng dụng không kết nối. Hãy gọi bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a server address. It looks like https://ecabinet.example.gov</source>
        <translation>Đây không phải địa chỉ máy chủ. Địa chỉ có dạng https://ecabinet.example.gov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https:// (a secure connection).</source>
        <translation>Địa chỉ phải bắt đầu bằng https:// (kết nối an toàn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer. Check the address and the network, then try again.</source>
        <translation>Máy chủ không phản hồi. Hãy kiểm tra địa chỉ và mạng rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be checked: %1</source>
        <translation>Không kiểm tra được máy chủ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: this server is on this computer (no certificate).</source>
        <translation>Không có: máy chủ chạy trên máy tính này (không có chứng thư).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate matches the one your IT office set up.</source>
        <translation>Chứng thư khớp với chứng thư bộ phận CNTT đã thiết lập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: this server showed a different certificate the last time. Compare the fingerprint with the one from your IT office before you go on.</source>
        <translation>Cảnh báo: lần trước máy chủ này dùng chứng thư khác. Hãy so sánh dấu vân tay với thông tin từ bộ phận CNTT trước khi tiếp tục.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the fingerprint with the one your IT office gave you before you go on.</source>
        <translation>Hãy so sánh dấu vân tay với thông tin bộ phận CNTT cung cấp trước khi tiếp tục.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ecabinet/ui/settings_dialog.py" line="+204"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Giao diện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Lớn hơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock &amp;automatically</source>
        <translation>&amp;Tự động khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock automatically</source>
        <translation>Tự động khóa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Sau %n phút không sử dụng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when a PIN is set. Locking closes the open document; your PIN opens eCabinet again.</source>
        <translation>Chỉ khi đã đặt mã PIN. Khi khóa, tài liệu đang mở sẽ được đóng; mã PIN của bạn mở lại eCabinet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing certificate</source>
        <translation>Chứng thư ký số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None on this device yet.</source>
        <translation>Chưa có trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Thay đổi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up…</source>
        <translation>Thiết lập…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
<context>
    <name>SignatureCounts</name>
    <message numerus="yes">
        <location filename="../ecabinet/ui/signatures_panel.py" line="+306"/>
        <source>%n signature(s) with a problem. Do not rely on this document until it is checked.</source>
        <extracomment>Problems that make a signature plainly invalid (the certificate or the signature itself is not good). Where the cached PEM lives inside the user&apos;s signing folder. Overrides the server&apos;s roots for every check (a provisioning file&apos;s `signature_roots`).</extracomment>
        <translation>
            <numerusform>%n chữ ký có vấn đề. Đừng dựa vào văn bản này cho đến khi được kiểm tra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Signed by %n person(s). Every signature is valid.</source>
        <translation>
            <numerusform>Được ký bởi %n người. Tất cả chữ ký đều hợp lệ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location line="+10"/>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified after signing</source>
        <translation>Đã bị sửa sau khi ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown signer</source>
        <translation>Người ký không xác định</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature does not match the document: the signed content was altered.</source>
        <translation>Chữ ký không khớp với văn bản: nội dung đã ký đã bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document was changed after this signature was made.</source>
        <translation>Văn bản đã bị thay đổi sau khi chữ ký này được tạo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate had expired when it was used.</source>
        <translation>Chứng thư số của người ký đã hết hạn khi được sử dụng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate was not yet valid when it was used.</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực khi được sử dụng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer&apos;s certificate may not be used to sign documents.</source>
        <translation>Chứng thư số của người ký không được dùng để ký văn bản.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time stamp of this signature is not valid.</source>
        <translation>Dấu thời gian của chữ ký này không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made with a certificate that is not the one registered for this person.</source>
        <translation>Chữ ký được tạo bằng chứng thư số không phải chứng thư đã đăng ký cho người này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in a place nobody was asked to sign.</source>
        <translation>Chữ ký nằm ở vị trí không ai được yêu cầu ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate was not issued by an authority this eCabinet server trusts, so the signer cannot be confirmed.</source>
        <translation>Chứng thư số không do tổ chức được máy chủ eCabinet này tin cậy cấp, nên không thể xác nhận người ký.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This signature could not be confirmed.</source>
        <translation>Không thể xác nhận chữ ký này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is valid and the document has not changed since it was signed.</source>
        <translation>Chữ ký hợp lệ và văn bản không thay đổi kể từ khi được ký.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed %1 (time confirmed by a time-stamp authority)</source>
        <translation>Ký lúc %1 (thời gian do tổ chức cấp dấu thời gian xác nhận)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed %1 (time from the signer&apos;s device)</source>
        <translation>Ký lúc %1 (thời gian theo thiết bị của người ký)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time of signing is not recorded.</source>
        <translation>Thời điểm ký không được ghi lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signatures of this document could not be read.</source>
        <translation>Không thể đọc các chữ ký của văn bản này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not based on the minutes the server made.</source>
        <translation>Tệp này không dựa trên biên bản do máy chủ tạo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of trusted authorities has not been received from the server yet: connect once so the signers can be confirmed.</source>
        <translation>Chưa nhận được danh sách tổ chức tin cậy từ máy chủ: hãy kết nối một lần để xác nhận người ký.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Unnamed signer</source>
        <translation>Người ký không tên</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signatures could not be checked. Please try again.</source>
        <translation>Không thể kiểm tra chữ ký. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+75"/>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Signatures…</source>
        <translation>Chữ ký…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature problem</source>
        <translation>Chữ ký có vấn đề</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who signed this document, and whether the signatures are valid</source>
        <translation>Ai đã ký văn bản này và chữ ký có hợp lệ không</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../ecabinet/ui/signing.py" line="-73"/>
        <source>%1, issued by %2</source>
        <extracomment>The token modules a government laptop is likely to have; the first that exists is offered.</extracomment>
        <translation>%1, do %2 cấp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until %1</source>
        <translation>Có hiệu lực đến %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint %1 …</source>
        <translation>Dấu vân tay %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the token %1</source>
        <translation>Trên token %1</translation>
    </message>
</context>
<context>
    <name>SigningRunner</name>
    <message>
        <location line="+407"/>
        <source>Signing…</source>
        <extracomment>A signature that takes longer than this shows a progress dialog. Fills in a new certificate dialog before it shows (the demo offers its own certificates).</extracomment>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation>Đang ký</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not signed</source>
        <translation>Chưa ký</translation>
    </message>
</context>
<context>
    <name>TaskAssignee</name>
    <message>
        <location filename="../ecabinet/ui/between/tasks.py" line="-117"/>
        <source>Assigned to you</source>
        <translation>Giao cho bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Assigned to %1</source>
        <translation>Được giao cho %1</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location line="+62"/>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress %1%</source>
        <translation>Tiến độ %1%</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <location line="+186"/>
        <source>Write a note, or change the status or the progress.</source>
        <translation>Hãy ghi chú, hoặc thay đổi trạng thái hay tiến độ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From a decision adopted by vote</source>
        <translation>Từ quyết định được thông qua bằng biểu quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a decision on an agenda item</source>
        <translation>Từ quyết định về một mục trong chương trình họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a written consultation</source>
        <translation>Từ một đợt lấy ý kiến bằng văn bản</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress notes (%1)</source>
        <translation>Ghi chú tiến độ (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No progress notes yet.</source>
        <translation>Chưa có ghi chú tiến độ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a progress note</source>
        <translation>Thêm ghi chú tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has been done, what is next</source>
        <translation>Đã làm gì, bước tiếp theo là gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress note</source>
        <translation>Ghi chú tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (tap to change)</source>
        <translation>Trạng thái (chạm để thay đổi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline. Your note is kept on this device and sent when the connection is back.</source>
        <translation>Bạn đang ngoại tuyến. Ghi chú được lưu trên thiết bị này và gửi đi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the note</source>
        <translation>Thêm ghi chú</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="-102"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../ecabinet/ui/between/tasks.py" line="+236"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tasks</source>
        <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tasks (%1)</source>
        <translation>Nhiệm vụ của tôi (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Bảng theo dõi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks are assigned to you.</source>
        <translation>Bạn chưa được giao nhiệm vụ nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n task(s) from decisions, by body; overdue ones first.</source>
        <translation>
            <numerusform>%n nhiệm vụ từ các quyết định, theo cơ quan; quá hạn xếp trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n quá hạn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <location filename="../ecabinet/ui/viewer/sidebar.py" line="-208"/>
        <source>Page thumbnails</source>
        <translation>Ảnh thu nhỏ các trang</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>Page %1</source>
        <translation>Trang số %1</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <location filename="../ecabinet/ui/between/common.py" line="+39"/>
        <source>The deadline has passed</source>
        <translation>Đã quá hạn chót</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n minute(s) left</source>
        <translation>còn %n phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n hour(s) left</source>
        <translation>còn %n giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n day(s) left</source>
        <translation>còn %n ngày</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../ecabinet/ui/first_run.py" line="+115"/>
        <source>A newer version of eCabinet (%1) is available; you have %2. Install it from your IT office&apos;s download page.</source>
        <translation>Đã có phiên bản eCabinet mới hơn (%1); bạn đang dùng %2. Hãy cài đặt từ trang tải về của bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A newer version of eCabinet (%1) is available; you have %2. Ask your IT office for it.</source>
        <translation>Đã có phiên bản eCabinet mới hơn (%1); bạn đang dùng %2. Hãy liên hệ bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <location filename="../ecabinet/ui/prepare/agenda.py" line="-329"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uploaded</source>
        <translation>Đã tải lên</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../ecabinet/ui/prepare/page.py" line="-438"/>
        <source>Someone else changed this meanwhile. It has been reloaded: make your change again.</source>
        <translation>Người khác vừa thay đổi mục này. Đã tải lại: hãy thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item holds documents: delete them with it?</source>
        <translation>Mục này có tài liệu: xóa cả tài liệu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a PDF.</source>
        <translation>Tệp này không phải PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is damaged and cannot be read.</source>
        <translation>Tệp PDF này bị hỏng và không đọc được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is protected by a password; upload an unprotected copy.</source>
        <translation>Tệp PDF này có mật khẩu; hãy tải lên bản không có mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is larger than the server accepts.</source>
        <translation>Tệp này lớn hơn mức máy chủ chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair has already opened this item.</source>
        <translation>Chủ trì đã mở nội dung này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not do this in this meeting.</source>
        <translation>Bạn không được phép làm việc này trong cuộc họp này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-items cannot have sub-items of their own.</source>
        <translation>Mục con không thể có mục con riêng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore its parent item first.</source>
        <translation>Hãy khôi phục mục cha trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
    <message>
        <location filename="../ecabinet/ui/minutes/page.py" line="-795"/>
        <source>The server did not accept the signed file: a signature does not match the document.</source>
        <translation>Máy chủ không chấp nhận tệp đã ký: một chữ ký không khớp với văn bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept the file: it was changed after it was signed.</source>
        <translation>Máy chủ không chấp nhận tệp: tệp đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the file: it is not based on the minutes the server made.</source>
        <translation>Máy chủ không chấp nhận tệp: tệp không dựa trên biên bản do máy chủ tạo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept your signature: your certificate is not issued by an authority it trusts. Please contact the IT office.</source>
        <translation>Máy chủ không chấp nhận chữ ký của bạn: chứng thư số của bạn không do tổ chức được máy chủ tin cậy cấp. Vui lòng liên hệ bộ phận CNTT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept your signature: your certificate was revoked.</source>
        <translation>Máy chủ không chấp nhận chữ ký của bạn: chứng thư số của bạn đã bị thu hồi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept your signature: the certificate you signed with is not the one registered for you. Please use your registered certificate or ask the IT office to register this one.</source>
        <translation>Máy chủ không chấp nhận chữ ký của bạn: chứng thư số bạn dùng để ký không phải chứng thư đã đăng ký cho bạn. Vui lòng dùng chứng thư đã đăng ký hoặc đề nghị bộ phận CNTT đăng ký chứng thư này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your certificate is not approved yet. An administrator must approve it; then sign again.</source>
        <translation>Chứng thư số của bạn chưa được phê duyệt. Quản trị viên cần phê duyệt; sau đó hãy ký lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes are signed in order: the secretary first, then the chair.</source>
        <translation>Biên bản được ký theo thứ tự: thư ký trước, sau đó chủ tọa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone signed the minutes meanwhile. The newest version has been loaded: please sign again.</source>
        <translation>Trong lúc đó đã có người ký biên bản. Phiên bản mới nhất đã được tải: vui lòng ký lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone has already signed these minutes.</source>
        <translation>Tất cả mọi người đã ký biên bản này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are not final yet: there is nothing to sign.</source>
        <translation>Biên bản chưa được chốt: chưa có gì để ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file carries no new signature.</source>
        <translation>Tệp không có chữ ký mới nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing certificate had expired. Please ask the IT office for a new one.</source>
        <translation>Chứng thư ký số của bạn đã hết hạn. Vui lòng đề nghị bộ phận CNTT cấp chứng thư mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your certificate may not be used to sign documents.</source>
        <translation>Chứng thư số của bạn không được dùng để ký văn bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes are finalised after the meeting is closed.</source>
        <translation>Biên bản chỉ được chốt sau khi cuộc họp kết thúc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are final: their text and signers can no longer change.</source>
        <translation>Biên bản đã được chốt: nội dung và người ký không thể thay đổi nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one person to sign the minutes.</source>
        <translation>Hãy chọn ít nhất một người ký biên bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not do this for these minutes.</source>
        <translation>Bạn không được làm việc này với biên bản này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only participants of the meeting can sign or approve the minutes.</source>
        <translation>Chỉ người tham dự cuộc họp mới được ký hoặc phê duyệt biên bản.</translation>
    </message>
</context>
</TS>
