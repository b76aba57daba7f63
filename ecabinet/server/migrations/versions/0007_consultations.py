"""consultations, signed answers and ballots, notifications and reminders, decision follow-up (issue 16)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-19 09:00:00

Columns on ``votes`` are added with plain ALTER TABLE (see 0004/0005).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import ecabinet.server.db

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

UTC = ecabinet.server.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.add_column('votes', sa.Column('require_signed_ballots', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('votes', sa.Column('deputies_may_vote', sa.Boolean(), server_default=sa.true(), nullable=False))

    op.create_table('consultations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('body_id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('deadline', UTC, nullable=False),
    sa.Column('signatures_required', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.Column('published_at', UTC, nullable=True),
    sa.Column('closed_at', UTC, nullable=True),
    sa.Column('close_reason', sa.String(length=20), nullable=False),
    sa.Column('report_unsigned_sha256', sa.String(length=64), nullable=True),
    sa.Column('report_sha256', sa.String(length=64), nullable=True),
    sa.Column('report_state', sa.String(length=20), nullable=False),
    sa.Column('report_signed_by', sa.String(length=36), nullable=True),
    sa.Column('report_signed_at', UTC, nullable=True),
    sa.ForeignKeyConstraint(['body_id'], ['bodies.id'], name=op.f('fk_consultations_body_id_bodies')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_consultations_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations'))
    )
    op.create_index(op.f('ix_consultations_body_id'), 'consultations', ['body_id'], unique=False)
    op.create_index(op.f('ix_consultations_deadline'), 'consultations', ['deadline'], unique=False)
    op.create_index(op.f('ix_consultations_state'), 'consultations', ['state'], unique=False)

    op.create_table('consultation_questions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('consultation_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_consultation_questions_consultation_id_consultations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_questions'))
    )
    op.create_index(op.f('ix_consultation_questions_consultation_id'), 'consultation_questions', ['consultation_id'], unique=False)

    op.create_table('consultation_recipients',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('consultation_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('deputy_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_consultation_recipients_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['deputy_id'], ['users.id'], name=op.f('fk_consultation_recipients_deputy_id_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_consultation_recipients_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_recipients')),
    sa.UniqueConstraint('consultation_id', 'user_id', name=op.f('uq_consultation_recipients_consultation_id_user_id'))
    )
    op.create_index(op.f('ix_consultation_recipients_consultation_id'), 'consultation_recipients', ['consultation_id'], unique=False)
    op.create_index(op.f('ix_consultation_recipients_deputy_id'), 'consultation_recipients', ['deputy_id'], unique=False)
    op.create_index(op.f('ix_consultation_recipients_user_id'), 'consultation_recipients', ['user_id'], unique=False)

    op.create_table('consultation_documents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('consultation_id', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('sort_key', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_consultation_documents_consultation_id_consultations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_documents'))
    )
    op.create_index(op.f('ix_consultation_documents_consultation_id'), 'consultation_documents', ['consultation_id'], unique=False)

    op.create_table('consultation_document_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_consultation_document_versions_created_by_users')),
    sa.ForeignKeyConstraint(['document_id'], ['consultation_documents.id'], name=op.f('fk_consultation_document_versions_document_id_consultation_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_document_versions')),
    sa.UniqueConstraint('document_id', 'sha256', name=op.f('uq_consultation_document_versions_document_id_sha256'))
    )
    op.create_index(op.f('ix_consultation_document_versions_document_id'), 'consultation_document_versions', ['document_id'], unique=False)
    op.create_index(op.f('ix_consultation_document_versions_sha256'), 'consultation_document_versions', ['sha256'], unique=False)

    op.create_table('consultation_answers',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('consultation_id', sa.String(length=32), nullable=False),
    sa.Column('question_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('answered_by', sa.String(length=36), nullable=False),
    sa.Column('choice', sa.String(length=30), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('received_at', UTC, nullable=False),
    sa.Column('signed_bytes', sa.LargeBinary(), nullable=True),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('signer_fingerprint', sa.String(length=64), nullable=True),
    sa.Column('signer_subject', sa.String(length=500), nullable=False),
    sa.Column('signed_at', UTC, nullable=True),
    sa.ForeignKeyConstraint(['answered_by'], ['users.id'], name=op.f('fk_consultation_answers_answered_by_users')),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_consultation_answers_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['consultation_questions.id'], name=op.f('fk_consultation_answers_question_id_consultation_questions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_consultation_answers_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_answers')),
    sa.UniqueConstraint('question_id', 'user_id', name=op.f('uq_consultation_answers_question_id_user_id'))
    )
    op.create_index(op.f('ix_consultation_answers_consultation_id'), 'consultation_answers', ['consultation_id'], unique=False)
    op.create_index(op.f('ix_consultation_answers_question_id'), 'consultation_answers', ['question_id'], unique=False)

    op.create_table('consultation_client_ids',
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('answer_id', sa.String(length=32), nullable=False),
    sa.Column('applied_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_consultation_client_ids_user_id_users')),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_consultation_client_ids'))
    )

    op.create_table('signed_ballots',
    sa.Column('vote_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('ballot_id', sa.String(length=64), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=36), nullable=True),
    sa.Column('signed_bytes', sa.LargeBinary(), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('signed_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_signed_ballots_user_id_users')),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_signed_ballots_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'user_id', name=op.f('pk_signed_ballots'))
    )

    op.create_table('notifications',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('subject_kind', sa.String(length=20), nullable=False),
    sa.Column('subject_id', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('read_at', UTC, nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notifications_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    op.create_index(op.f('ix_notifications_user_id'), 'notifications', ['user_id'], unique=False)

    op.create_table('outgoing_messages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', UTC, nullable=False),
    sa.Column('lease_until', UTC, nullable=True),
    sa.Column('last_error', sa.String(length=1000), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('sent_at', UTC, nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_outgoing_messages_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_messages')),
    sa.UniqueConstraint('key', name=op.f('uq_outgoing_messages_key'))
    )
    op.create_index(op.f('ix_outgoing_messages_next_attempt_at'), 'outgoing_messages', ['next_attempt_at'], unique=False)
    op.create_index(op.f('ix_outgoing_messages_state'), 'outgoing_messages', ['state'], unique=False)
    op.create_index(op.f('ix_outgoing_messages_user_id'), 'outgoing_messages', ['user_id'], unique=False)

    op.create_table('contact_addresses',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_contact_addresses_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_contact_addresses'))
    )

    op.create_table('tasks',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('body_id', sa.String(length=64), nullable=False),
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.String(length=32), nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('assignee_user_id', sa.String(length=36), nullable=True),
    sa.Column('assignee_body_id', sa.String(length=64), nullable=True),
    sa.Column('deadline', UTC, nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.Column('done_at', UTC, nullable=True),
    sa.ForeignKeyConstraint(['assignee_body_id'], ['bodies.id'], name=op.f('fk_tasks_assignee_body_id_bodies')),
    sa.ForeignKeyConstraint(['assignee_user_id'], ['users.id'], name=op.f('fk_tasks_assignee_user_id_users')),
    sa.ForeignKeyConstraint(['body_id'], ['bodies.id'], name=op.f('fk_tasks_body_id_bodies')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_tasks_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    op.create_index(op.f('ix_tasks_assignee_body_id'), 'tasks', ['assignee_body_id'], unique=False)
    op.create_index(op.f('ix_tasks_assignee_user_id'), 'tasks', ['assignee_user_id'], unique=False)
    op.create_index(op.f('ix_tasks_body_id'), 'tasks', ['body_id'], unique=False)
    op.create_index(op.f('ix_tasks_deadline'), 'tasks', ['deadline'], unique=False)
    op.create_index(op.f('ix_tasks_source_id'), 'tasks', ['source_id'], unique=False)

    op.create_table('task_notes',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('task_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('progress', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_notes_task_id_tasks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_task_notes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_notes')),
    sa.UniqueConstraint('client_id', name=op.f('uq_task_notes_client_id'))
    )
    op.create_index(op.f('ix_task_notes_task_id'), 'task_notes', ['task_id'], unique=False)

    op.create_table('task_documents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('task_id', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('uploaded_by', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_documents_task_id_tasks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by'], ['users.id'], name=op.f('fk_task_documents_uploaded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_documents'))
    )
    op.create_index(op.f('ix_task_documents_task_id'), 'task_documents', ['task_id'], unique=False)


def downgrade() -> None:
    for table in (
        'task_documents', 'task_notes', 'tasks', 'contact_addresses', 'outgoing_messages', 'notifications',
        'signed_ballots', 'consultation_client_ids', 'consultation_answers',
        'consultation_document_versions', 'consultation_documents', 'consultation_recipients',
        'consultation_questions', 'consultations',
    ):
        op.drop_table(table)
    with op.batch_alter_table('votes') as batch:
        batch.drop_column('deputies_may_vote')
        batch.drop_column('require_signed_ballots')
