"""Written consultations: publish to recipients, signed answers judged by the server's clock, live results,
a new document version after some answered, deputies, closing and the signed result report."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from consult_support import People, create_consultation, signed_answer
from fastapi.testclient import TestClient
from support import Api, app_client, error_code, make_pdf

from ecabinet.pdf.signing import sign_pdf
from ecabinet.pdf.validation import validate_pdf
from ecabinet.server.config import Settings
from ecabinet.server.consultations.models import Consultation
from ecabinet.server.db import utcnow


@pytest.fixture(scope="module")
def people() -> People:
    return People()


@pytest.fixture
def client(demo_settings: Settings, people: People) -> Iterator[TestClient]:
    people.trust(demo_settings)
    with app_client(demo_settings) as client:
        people.enrol(client.app.state.services)  # type: ignore[attr-defined]
        yield client


def _feed(api: Api, kind: str) -> list[dict[str, Any]]:
    response = api.get("/api/sync", params={"since": 0})
    assert response.status_code == 200
    return [c for c in response.json()["changes"] if c["kind"] == kind]


def _move_deadline(client: TestClient, consultation_id: str, **delta: float) -> None:
    services = client.app.state.services  # type: ignore[attr-defined]
    with services.db.writing() as session:
        row = session.get(Consultation, consultation_id)
        row.deadline = utcnow() + timedelta(**delta)


def test_publish_reaches_recipients_only_with_a_notification(client: TestClient) -> None:
    secretary, m1, m6 = Api(client, "secretary"), Api(client, "minister1"), Api(client, "minister6")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}])
    mine = [c for c in _feed(m1, "consultation") if c["id"] == consultation["id"]]
    assert len(mine) == 1
    assert "tally" not in mine[0]["data"]
    assert mine[0]["data"]["documents"][0]["versions"][0]["sha256"]
    notes = _feed(m1, "notification")
    assert any(n["data"]["kind"] == "consultation_published" for n in notes)
    assert not [c for c in _feed(m6, "consultation") if c["id"] == consultation["id"]]
    assert m6.get(f"/api/consultations/{consultation['id']}").status_code == 404
    assert not any(n["data"]["subject_id"] == consultation["id"] for n in _feed(m6, "notification"))
    # The member downloads the document by its hash, with a range too.
    doc = consultation["documents"][0]
    url = (
        f"/api/consultations/{consultation['id']}/documents/{doc['id']}/versions/{doc['versions'][0]['sha256']}/content"
    )
    assert m1.get(url).content.startswith(b"%PDF")
    assert m1.get(url, headers={"Range": "bytes=0-3"}).status_code == 206
    assert m6.get(url).status_code == 404


def test_signed_answer_is_kept_with_its_bytes_and_locks(client: TestClient, people: People) -> None:
    secretary, m1 = Api(client, "secretary"), Api(client, "minister1")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}])
    qid = consultation["questions"][0]["id"]
    url = f"/api/consultations/{consultation['id']}/questions/{qid}/answer"
    draft = m1.put(url, json={"choice": "disagree", "comment": "", "client_id": str(uuid.uuid4())})
    assert draft.status_code == 200, draft.text
    assert draft.json()["signed"] is False
    body = signed_answer(
        people, "minister1", m1.user_id, consultation, choice="agree_with_comments", comment="Cần sửa điều 5"
    )
    answered = m1.put(url, json=body)
    assert answered.status_code == 200, answered.text
    data = answered.json()
    assert data["signed"] and data["choice"] == "agree_with_comments" and data["on_time"] is True
    assert data["signer_fingerprint"] == people.certs["minister1"].fingerprint
    again = m1.put(url, json={**body})  # the outbox sends it twice
    assert again.status_code == 200 and again.json()["applied"] is False
    change = m1.put(url, json={"choice": "agree", "comment": "", "client_id": str(uuid.uuid4())})
    assert change.status_code == 409 and error_code(change) == "answer_signed"
    proof = m1.get(f"/api/consultations/{consultation['id']}/answers/{data['id']}/signature").json()
    from base64 import b64decode

    from ecabinet.pdf.cms import verify_detached

    report = verify_detached(
        b64decode(proof["signed_bytes"]),
        b64decode(proof["signature"]),
        [people.pki.root_pem],
        expected_fingerprints={people.certs["minister1"].fingerprint},
    )
    assert report.ok
    assert b"C\xe1\xba\xa7n s\xe1\xbb\xada" in b64decode(proof["signed_bytes"])  # "Cần sửa" in NFC UTF-8


def test_answer_signed_with_someone_elses_certificate_is_refused(client: TestClient, people: People) -> None:
    secretary, m1 = Api(client, "secretary"), Api(client, "minister1")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}])
    qid = consultation["questions"][0]["id"]
    body = signed_answer(people, "minister1", m1.user_id, consultation, sign_as="minister2")
    refused = m1.put(f"/api/consultations/{consultation['id']}/questions/{qid}/answer", json=body)
    assert refused.status_code == 422 and error_code(refused) == "wrong_signer"
    # Tampered: signed "agree" but sent "disagree".
    body = signed_answer(people, "minister1", m1.user_id, consultation, choice="agree")
    refused = m1.put(
        f"/api/consultations/{consultation['id']}/questions/{qid}/answer", json={**body, "choice": "disagree"}
    )
    assert refused.status_code == 422 and error_code(refused) == "signature_invalid"
    tally = secretary.get(f"/api/consultations/{consultation['id']}/results").json()
    assert tally["questions"][0]["answers"] == []


def test_late_answer_is_refused_with_the_servers_time_but_a_replay_is_not(client: TestClient, people: People) -> None:
    secretary, m1, m2 = Api(client, "secretary"), Api(client, "minister1"), Api(client, "minister2")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}, {"user_id": m2.user_id}])
    qid = consultation["questions"][0]["id"]
    url = f"/api/consultations/{consultation['id']}/questions/{qid}/answer"
    on_time = signed_answer(people, "minister1", m1.user_id, consultation)
    assert m1.put(url, json=on_time).status_code == 200
    _move_deadline(client, consultation["id"], seconds=-1)
    late = m2.put(url, json=signed_answer(people, "minister2", m2.user_id, consultation))
    assert late.status_code == 409 and error_code(late) == "deadline_passed"
    details = late.json()["error"]["details"]
    assert details["server_time"] > details["deadline"]
    # The first answer's retry (its answer was lost on the way back) is still fine: it arrived in time.
    replay = m1.put(url, json=on_time)
    assert replay.status_code == 200 and replay.json()["applied"] is False


def test_new_version_after_answers_tells_them_and_answers_show_their_version(
    client: TestClient, people: People
) -> None:
    secretary, m1, m2 = Api(client, "secretary"), Api(client, "minister1"), Api(client, "minister2")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}, {"user_id": m2.user_id}])
    cid, qid = consultation["id"], consultation["questions"][0]["id"]
    old_sha = consultation["documents"][0]["versions"][0]["sha256"]
    assert (
        m1.put(
            f"/api/consultations/{cid}/questions/{qid}/answer",
            json=signed_answer(people, "minister1", m1.user_id, consultation),
        ).status_code
        == 200
    )
    new = secretary.post(
        f"/api/consultations/{cid}/documents/{consultation['documents'][0]['id']}/versions",
        files={"file": ("v2.pdf", make_pdf(3, "Dự thảo sửa đổi", seed=2), "application/pdf")},
    )
    assert new.status_code == 201, new.text
    told = [n["data"] for n in _feed(m1, "notification") if n["data"]["kind"] == "consultation_document_changed"]
    assert len(told) == 1 and told[0]["subject_id"] == cid
    assert not [n for n in _feed(m2, "notification") if n["data"]["kind"] == "consultation_document_changed"]
    view = m1.get(f"/api/consultations/{cid}").json()
    (answer,) = view["my_answers"]
    assert answer["stale"] is True and answer["documents"][0]["sha256"] == old_sha
    # minister2 answers on the new version; a signature over the old one would not match what is sent.
    fresh = signed_answer(people, "minister2", m2.user_id, view)
    assert m2.put(f"/api/consultations/{cid}/questions/{qid}/answer", json=fresh).status_code == 200
    tally = secretary.get(f"/api/consultations/{cid}/results").json()
    stale = {a["user_id"]: a["stale"] for a in tally["questions"][0]["answers"]}
    assert stale == {m1.user_id: True, m2.user_id: False}


def test_deputy_answers_in_the_members_name_and_nobody_else_may(client: TestClient, people: People) -> None:
    secretary, m3, m4, m1 = (
        Api(client, "secretary"),
        Api(client, "minister3"),
        Api(client, "minister4"),
        Api(client, "minister1"),
    )
    consultation = create_consultation(
        secretary, [{"user_id": m3.user_id, "deputy_id": m4.user_id}, {"user_id": m1.user_id}]
    )
    cid, qid = consultation["id"], consultation["questions"][0]["id"]
    url = f"/api/consultations/{cid}/questions/{qid}/answer"
    assert any(c["id"] == cid for c in (x for x in _feed(m4, "consultation")))
    forbidden = m1.put(url, json={"choice": "agree", "client_id": str(uuid.uuid4()), "on_behalf_of": m3.user_id})
    assert forbidden.status_code == 403 and error_code(forbidden) == "not_deputy"
    body = signed_answer(people, "minister4", m4.user_id, consultation, on_behalf_of=m3.user_id)
    answered = m4.put(url, json=body)
    assert answered.status_code == 200, answered.text
    assert answered.json()["user_id"] == m3.user_id and answered.json()["answered_by"] == m4.user_id
    assert m3.get(f"/api/consultations/{cid}").json()["my_answers"][0]["answered_by"] == m4.user_id


def test_results_close_early_and_signed_report(client: TestClient, people: People, tmp_path: Any) -> None:
    secretary, m1, m2 = Api(client, "secretary"), Api(client, "minister1"), Api(client, "minister2")
    consultation = create_consultation(
        secretary, [{"user_id": m1.user_id}, {"user_id": m2.user_id}], questions=("Adopt?", "Budget ok?")
    )
    cid = consultation["id"]
    for index, choice in ((0, "agree"), (1, "other_opinion")):
        body = signed_answer(
            people,
            "minister1",
            m1.user_id,
            consultation,
            choice=choice,
            comment="Ý kiến khác" if index else "",
            question=index,
        )
        assert (
            m1.put(
                f"/api/consultations/{cid}/questions/{consultation['questions'][index]['id']}/answer", json=body
            ).status_code
            == 200
        )
    assert m1.get(f"/api/consultations/{cid}/results").status_code == 403
    tally = secretary.get(f"/api/consultations/{cid}/results").json()
    assert tally["questions"][0]["counts"]["agree"] == 1 and tally["questions"][1]["counts"]["other_opinion"] == 1
    assert [p["user_id"] for p in tally["not_answered"]] == [m2.user_id]
    closed = secretary.post(f"/api/consultations/{cid}/close")
    assert closed.status_code == 200 and closed.json()["state"] == "closed"
    report = closed.json()["report"]
    assert report["state"] == "unsigned"
    assert m1.get(f"/api/consultations/{cid}").json()["report"] is None  # not distributed before signing
    late = m2.put(
        f"/api/consultations/{cid}/questions/{consultation['questions'][0]['id']}/answer",
        json={"choice": "agree", "client_id": str(uuid.uuid4())},
    )
    assert late.status_code == 409 and error_code(late) == "consultation_closed"
    url = f"/api/consultations/{cid}/documents/{report['document_id']}/versions/{report['sha256']}/content"
    unsigned = secretary.get(url).content
    import pymupdf

    with pymupdf.open(stream=unsigned, filetype="pdf") as pdf:
        text = "".join(page.get_text() for page in pdf)
    assert "Ý kiến khác" in text and "Not answered" in text
    wrong = sign_pdf(unsigned, "sig_secretariat", people.source("chair"), reason="Result", location="Hà Nội")
    refused = secretary.put(
        f"/api/consultations/{cid}/report", content=wrong, headers={"Content-Type": "application/pdf"}
    )
    assert refused.status_code == 422 and "wrong_signer" in refused.json()["error"]["details"]["problems"]
    signed = sign_pdf(unsigned, "sig_secretariat", people.source("secretary"), reason="Result", location="Hà Nội")
    accepted = secretary.put(
        f"/api/consultations/{cid}/report", content=signed, headers={"Content-Type": "application/pdf"}
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["report"]["state"] == "signed"
    seen = m1.get(f"/api/consultations/{cid}").json()["report"]
    assert seen["state"] == "signed"
    got = m1.get(f"/api/consultations/{cid}/documents/{seen['document_id']}/versions/{seen['sha256']}/content").content
    assert validate_pdf(
        got, [people.pki.root_pem], expected={"sig_secretariat": people.certs["secretary"].fingerprint}
    ).ok
    assert any(n["data"]["kind"] == "consultation_report" for n in _feed(m2, "notification"))
    _pdfsig_agrees(got, people, tmp_path)


def _pdfsig_agrees(pdf: bytes, people: People, tmp_path: Any) -> None:
    """poppler's pdfsig (NSS, an independent validator) accepts the signed report too."""
    import shutil
    import subprocess

    if shutil.which("pdfsig") is None or shutil.which("certutil") is None:
        pytest.skip("poppler-utils / libnss3-tools not installed")
    nss = tmp_path / "nss"
    nss.mkdir()
    root = tmp_path / "root.pem"
    root.write_bytes(people.pki.root_pem)
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(
        ["certutil", "-A", "-d", f"sql:{nss}", "-n", "test root", "-t", "CT,C,C", "-i", str(root)],
        check=True,
        capture_output=True,
    )
    document = tmp_path / "report.pdf"
    document.write_bytes(pdf)
    output = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(document)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in output and "Certificate is Trusted." in output, output


def test_answers_wait_in_the_outbox_and_a_late_one_is_kept_with_the_reason(
    demo_settings: Settings, people: People, tmp_path: Any
) -> None:
    """One member answers offline first (the outbox sends it later, exactly once); another's answer arrives
    after the deadline and stays on the device with the server's reason and time."""
    from ecabinet.client.api import ApiClient
    from ecabinet.client.errors import AnswerRefused
    from ecabinet.client.outbox import QUEUEABLE, enqueue, flush
    from ecabinet.client.store import Store
    from ecabinet.server.services import Services

    assert "answer" in QUEUEABLE and "ballot" not in QUEUEABLE
    people.trust(demo_settings)
    with app_client(demo_settings) as client:
        # The client library over the app in this process (its HTTP transport is the test client's).
        services: Services = client.app.state.services  # type: ignore[attr-defined]
        people.enrol(services)
        apis, ids = {}, {}
        for name in ("secretary", "minister1", "minister2"):
            apis[name] = ApiClient("http://127.0.0.1", device_id=str(uuid.uuid4()), transport=client._transport)
            ids[name] = str(apis[name].login(name, "demo", "pytest tablet").user["id"])
        m1_id, m2_id = ids["minister1"], ids["minister2"]
        consultation = apis["secretary"].create_consultation(
            {
                "title": "Phiếu lấy ý kiến",
                "deadline": (utcnow() + timedelta(days=1)).isoformat(),
                "questions": ["Đồng ý?"],
                "recipients": [{"user_id": m1_id}, {"user_id": m2_id}],
                "body_id": "cabinet",
                "description": "Xin ý kiến",
            }
        )
        apis["secretary"].publish_consultation(consultation["id"])
        seen = apis["minister1"].consultation(consultation["id"])  # synced before going offline
        qid = seen["questions"][0]["id"]
        path = ApiClient.answer_path(seen["id"], qid)
        store = Store(tmp_path / "m1.sqlite3")
        try:
            body = signed_answer(people, "minister1", m1_id, seen, choice="agree")
            enqueue(store, client_id=body["client_id"], kind="answer", method="PUT", path=path, body=body)
            result = flush(apis["minister1"], store)
            assert result.sent == 1 and not result.refused
            assert flush(apis["minister1"], store).sent == 0
        finally:
            store.close()
        assert apis["minister1"].consultation(seen["id"])["my_answers"][0]["signed"] is True
        with services.db.writing() as session:
            session.get(Consultation, seen["id"]).deadline = utcnow() - timedelta(seconds=1)
        store = Store(tmp_path / "m2.sqlite3")
        try:
            body = signed_answer(people, "minister2", m2_id, seen, choice="disagree")
            enqueue(store, client_id=body["client_id"], kind="answer", method="PUT", path=path, body=body)
            result = flush(apis["minister2"], store)
            assert [code for _id, code, _msg in result.refused] == ["deadline_passed"]
            (item,) = store.outbox()
            assert item.state == "refused" and item.error_code == "deadline_passed"
        finally:
            store.close()
        try:
            apis["minister2"].answer(seen["id"], qid, {"choice": "agree", "client_id": str(uuid.uuid4())})
        except AnswerRefused as refused:
            assert refused.server_time and refused.deadline and refused.server_time > refused.deadline
        else:
            raise AssertionError("a late answer must be refused")


def test_store_down_at_closing_closes_anyway_and_the_job_makes_the_report(client: TestClient) -> None:
    from ecabinet.server.documents.storage import StorageUnavailable
    from ecabinet.server.notifications.reminders import run_reminders

    services = client.app.state.services  # type: ignore[attr-defined]
    real = services.documents.storage

    class DownOnce:
        """The real store, down for the first put (a fault injector around the real thing)."""

        def __init__(self) -> None:
            self.down = True

        def put(self, staged: Any, sha256: str) -> None:
            if self.down:
                self.down = False
                staged.unlink(missing_ok=True)
                raise StorageUnavailable("The document store cannot be reached (injected).")
            real.put(staged, sha256)

        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

    secretary, m1 = Api(client, "secretary"), Api(client, "minister1")
    cid = create_consultation(secretary, [{"user_id": m1.user_id}])["id"]
    services.documents.storage = DownOnce()
    try:
        closed = secretary.post(f"/api/consultations/{cid}/close")
        assert closed.status_code == 200, closed.text
        assert closed.json()["state"] == "closed" and closed.json()["report"] is None
        run = run_reminders(services)
        assert run.reports == 1
    finally:
        services.documents.storage = real
    report = secretary.get(f"/api/consultations/{cid}").json()["report"]
    assert report is not None and report["state"] == "unsigned"
