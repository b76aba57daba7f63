"""A realistic minutes record for the tests (Vietnamese meeting with Lao names, votes of both kinds)."""

from __future__ import annotations

import datetime as dt

from ecabinet.pdf.minutes import (
    Attendee,
    MinutesDocument,
    MinutesItem,
    MinutesRecord,
    MinutesSigner,
    Quorum,
    VoteResult,
)

LAO_DECISION = "ມອບໃຫ້ກະຊວງການເງິນ ສືບຕໍ່ຄົ້ນຄວ້າ"
VI_DECISION = "Chính phủ thống nhất thông qua Đề án"


def minutes_record(*, items: int = 3, title: str = "Phiên họp Chính phủ thường kỳ tháng 5") -> MinutesRecord:
    people = [
        Attendee("Nguyễn Văn An", "Thủ tướng", "present"),
        Attendee("Trần Thị Bích", "Bộ trưởng Bộ Tài chính", "remote"),
        Attendee("ສົມພອນ ແກ້ວມະນີ", "ລັດຖະມົນຕີ", "represented", deputy="ບຸນມີ ສີສະຫວາດ"),
        Attendee("Lê Hoàng", "Bộ trưởng Bộ Y tế", "excused"),
    ]
    agenda = [
        MinutesItem(
            number=str(number),
            title=f"Đề án phát triển hạ tầng giao thông, phần {number}",
            documents=[MinutesDocument("Tờ trình số 12/TTr-BGTVT", f"{number:02d}" * 32)],
            positions={"no_objection": 2, "wants_to_speak": 1, "objects": 1},
            speakers=["Nguyễn Văn An", "ສົມພອນ ແກ້ວມະນີ"],
            decision=(
                f"<p>{VI_DECISION} <b>số {number}</b>.</p>"
                f"<ul><li>Giao Bộ Tài chính chủ trì</li><li>{LAO_DECISION}</li></ul>"
                "<script>alert('x')</script><p onclick='x()'>Hết.</p>"
            ),
            votes=[
                VoteResult(
                    "Thông qua Đề án?",
                    secret=False,
                    majority="simple",
                    counts={"for": 3, "against": 1, "abstain": 0},
                    cast=4,
                    eligible=4,
                    outcome="adopted",
                    voters={"for": ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng"], "against": ["ບຸນມີ ສີສະຫວາດ"]},
                ),
                VoteResult(
                    "Bổ nhiệm?",
                    secret=True,
                    majority="two_thirds",
                    counts={"for": 2, "against": 2, "abstain": 0},
                    cast=4,
                    eligible=4,
                    outcome="rejected",
                    voters={"for": ["SECRET-NAME-LEAK"]},
                ),
            ],
        )
        for number in range(1, items + 1)
    ]
    return MinutesRecord(
        body="CHÍNH PHỦ",
        title=title,
        starts_at=dt.datetime(2027, 5, 3, 1, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2027, 5, 3, 4, 0, tzinfo=dt.UTC),
        place="Hà Nội",
        chair="Nguyễn Văn An",
        secretary="Phạm Thư Ký",
        attendance=people,
        quorum=Quorum(present=3, members=4, required=3),
        items=agenda,
        signers=[
            MinutesSigner("sig_secretary", "Phạm Thư Ký", "Thư ký"),
            MinutesSigner("sig_chair", "Nguyễn Văn An", "Chủ tọa"),
        ],
        reference="12/BB-CP",
        national_header=("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
        general_remarks="Không có ý kiến khác.\n\nພາສາລາວ ທົດລອງ",
        timezone="Asia/Ho_Chi_Minh",
    )
