"""``ecabinet admin meeting ...``: preparing a meeting from scripts, and importing a folder all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import make_pdf

from ecabinet.cli import build_parser, main
from ecabinet.server.config import Settings

ACTIONS = ["list", "show", "create", "publish", "add-item", "upload", "import"]


@pytest.mark.parametrize("action", ACTIONS)
def test_every_meeting_action_has_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["admin", "meeting", action, "--help"])
    assert done.value.code == 0
    assert "usage: ecabinet admin meeting" in capsys.readouterr().out


def run(settings: Settings, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    storage = ["--data-dir", str(settings.data_dir)]
    if settings.database_url:
        storage += ["--database-url", settings.database_url]
    code = main(["admin", "meeting", *words, *storage])
    out = capsys.readouterr()
    return code, out.out, out.err


def meetings(settings: Settings, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code, out, _ = run(settings, capsys, "list", "--json")
    assert code == 0
    return list(json.loads(out)["meetings"])


def show(settings: Settings, capsys: pytest.CaptureFixture[str], meeting_id: str) -> dict[str, Any]:
    code, out, err = run(settings, capsys, "show", meeting_id, "--json")
    assert code == 0, err
    return dict(json.loads(out))


def stored_blobs(settings: Settings) -> set[str]:
    return {p.name for p in settings.storage_dir.glob("??/*")}


def write_folder(folder: Path, agenda: dict[str, Any], files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True)
    (folder / "agenda.json").write_text(json.dumps(agenda, ensure_ascii=False), encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


AGENDA: dict[str, Any] = {
    "title": "Phiên họp Chính phủ thường kỳ tháng 3",
    "starts_at": "2027-03-01T09:00:00+07:00",
    "location": "Phòng họp số 1",
    "duration": 90,
    "body": "cabinet",
    "language": "vi",
    "participants": [
        {"username": "chair", "role": "chair"},
        {"username": "minister1", "role": "member"},
        {"username": "minister2", "role": "member"},
    ],
    "items": [
        {"title": "Khai mạc", "presenter": "Thủ tướng", "duration_minutes": 5, "documents": ["opening.pdf"]},
        {
            "title": "Dự án luật",
            "duration_minutes": 10,
            "items": [
                {"title": "Luật A", "duration_minutes": 30, "documents": [{"file": "law-a.pdf", "title": "Tờ trình"}]},
                {
                    "title": "Luật B (mật)",
                    "duration_minutes": 20,
                    "documents": ["law-b.pdf"],
                    "restricted_to": ["minister2"],
                },
            ],
        },
    ],
}


def test_import_a_folder_then_edit_and_publish(
    demo_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_folder(
        tmp_path / "session",
        AGENDA,
        {"opening.pdf": make_pdf(1, seed=61), "law-a.pdf": make_pdf(3, seed=62), "law-b.pdf": make_pdf(2, seed=63)},
    )
    code, out, err = run(demo_settings, capsys, "import", str(folder), "--as", "secretary")
    assert code == 0, err
    meeting_id = out.split()[2]
    data = show(demo_settings, capsys, meeting_id)
    assert data["title"] == AGENDA["title"] and data["state"] == "draft"
    assert data["starts_at"] == "2027-03-01T02:00:00Z" and data["duration_minutes"] == 90
    assert data["planned_minutes"] == 65
    assert [(i["number"], i["title"]) for i in data["agenda"]] == [
        ("1", "Khai mạc"),
        ("2", "Dự án luật"),
        ("2.1", "Luật A"),
        ("2.2", "Luật B (mật)"),
    ]
    docs = {d["title"]: d for i in data["agenda"] for d in i["documents"]}
    assert set(docs) == {"opening", "Tờ trình", "law-b"}
    assert docs["Tờ trình"]["versions"][0]["pages"] == 3
    assert docs["law-b"]["restricted"] and len(docs["law-b"]["readers"]) == 1
    assert {p["role"] for p in data["participants"]} == {"chair", "member"}
    # The other actions, on the imported meeting.
    law_a = data["agenda"][2]["id"]
    code, out, err = run(
        demo_settings,
        capsys,
        "add-item",
        meeting_id,
        "Luật C",
        "--parent",
        data["agenda"][1]["id"],
        "--as",
        "secretary",
    )
    assert code == 0, err
    assert "2.3" in out
    new_pdf = tmp_path / "annex.pdf"
    new_pdf.write_bytes(make_pdf(2, seed=64))
    code, out, err = run(
        demo_settings, capsys, "upload", meeting_id, law_a, str(new_pdf), "--title", "Phụ lục", "--as", "secretary"
    )
    assert code == 0, err
    code, _, err = run(
        demo_settings, capsys, "upload", meeting_id, law_a, str(tmp_path / "nothing.pdf"), "--as", "secretary"
    )
    assert code == 1 and "no such file" in err
    assert run(demo_settings, capsys, "publish", meeting_id, "--as", "chair")[0] == 1  # not the secretariat
    code, _, err = run(demo_settings, capsys, "publish", meeting_id, "--as", "secretary")
    assert code == 0, err
    data = show(demo_settings, capsys, meeting_id)
    assert data["state"] == "published"
    assert [d["title"] for d in data["agenda"][2]["documents"]] == ["Tờ trình", "Phụ lục"]
    code, out, _ = run(demo_settings, capsys, "show", meeting_id)
    assert "2.3   Luật C" in out and "planned 75 of 90 minutes" in out
    code, out, _ = run(demo_settings, capsys, "list")
    assert meeting_id in out


def test_a_bad_folder_is_refused_whole_and_leaves_nothing(
    demo_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agenda = json.loads(json.dumps(AGENDA))
    agenda["participants"].append({"username": "nobody", "role": "member"})
    agenda["items"][1]["items"][0]["documents"] = ["missing.pdf"]
    folder = write_folder(
        tmp_path / "bad",
        agenda,
        {"opening.pdf": make_pdf(1, seed=71), "law-b.pdf": b"Minutes, typed as text\n" * 40},
    )
    before_meetings = meetings(demo_settings, capsys)
    before_blobs = stored_blobs(demo_settings)
    code, _, err = run(demo_settings, capsys, "import", str(folder), "--as", "secretary")
    assert code == 1
    assert "nothing was stored" in err
    assert "'missing.pdf' not found" in err
    assert "unknown user 'nobody'" in err
    assert "law-b.pdf: " in err and "PDF" in err
    assert meetings(demo_settings, capsys) == before_meetings
    assert stored_blobs(demo_settings) == before_blobs
    assert list((demo_settings.storage_dir / ".staging").iterdir()) == []
    # A folder without an agenda, and bad JSON, are named as such.
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(demo_settings, capsys, "import", str(empty), "--as", "secretary")
    assert code == 1 and "no agenda file" in err
    (empty / "agenda.json").write_text("{not json")
    code, _, err = run(demo_settings, capsys, "import", str(empty), "--as", "secretary")
    assert code == 1 and "not valid JSON" in err
    # YAML is read only where PyYAML is installed (it is not a dependency).
    (empty / "agenda.json").unlink()
    (empty / "agenda.yaml").write_text("title: x\n")
    code, _, err = run(demo_settings, capsys, "import", str(empty), "--as", "secretary")
    assert code == 1
    assert meetings(demo_settings, capsys) == before_meetings
