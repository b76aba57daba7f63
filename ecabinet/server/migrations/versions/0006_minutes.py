"""minutes: drafts, expected signers, approvals, enrolled signing certificates (issue 15)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-12 09:00:00

Only new tables: the minutes PDF is an ordinary document of the meeting (see ecabinet.server.minutes.service).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import ecabinet.server.db

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

UTC = ecabinet.server.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('minutes',
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('general_remarks', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=True),
    sa.Column('unsigned_sha256', sa.String(length=64), nullable=True),
    sa.Column('current_sha256', sa.String(length=64), nullable=True),
    sa.Column('finalised_at', UTC, nullable=True),
    sa.Column('finalised_by', sa.String(length=36), nullable=True),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_minutes_meeting_id_meetings'), ondelete='CASCADE'),  # noqa: E501
    sa.PrimaryKeyConstraint('meeting_id', name=op.f('pk_minutes'))
    )
    op.create_table('minutes_signers',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('field_name', sa.String(length=60), nullable=False),
    sa.Column('signed_at', UTC, nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_minutes_signers_meeting_id_meetings'), ondelete='CASCADE'),  # noqa: E501
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_minutes_signers_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_signers')),
    sa.UniqueConstraint('meeting_id', 'field_name', name=op.f('uq_minutes_signers_meeting_id_field_name'))
    )
    op.create_index(op.f('ix_minutes_signers_meeting_id'), 'minutes_signers', ['meeting_id'], unique=False)
    op.create_table('minutes_approvals',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('draft_version', sa.Integer(), nullable=True),
    sa.Column('requested_at', UTC, nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_minutes_approvals_meeting_id_meetings'), ondelete='CASCADE'),  # noqa: E501
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_minutes_approvals_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_approvals')),
    sa.UniqueConstraint('meeting_id', 'user_id', name=op.f('uq_minutes_approvals_meeting_id_user_id'))
    )
    op.create_index(op.f('ix_minutes_approvals_meeting_id'), 'minutes_approvals', ['meeting_id'], unique=False)
    op.create_table('signing_certificates',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('issuer', sa.String(length=500), nullable=False),
    sa.Column('not_after', UTC, nullable=True),
    sa.Column('certificate_pem', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.Column('decided_at', UTC, nullable=True),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_signing_certificates_user_id_users'), ondelete='CASCADE'),  # noqa: E501
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_certificates')),
    sa.UniqueConstraint('user_id', 'fingerprint', name=op.f('uq_signing_certificates_user_id_fingerprint'))
    )
    op.create_index(op.f('ix_signing_certificates_fingerprint'), 'signing_certificates', ['fingerprint'], unique=False)
    op.create_index(op.f('ix_signing_certificates_state'), 'signing_certificates', ['state'], unique=False)
    op.create_index(op.f('ix_signing_certificates_user_id'), 'signing_certificates', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_signing_certificates_user_id'), table_name='signing_certificates')
    op.drop_index(op.f('ix_signing_certificates_state'), table_name='signing_certificates')
    op.drop_index(op.f('ix_signing_certificates_fingerprint'), table_name='signing_certificates')
    op.drop_table('signing_certificates')
    op.drop_index(op.f('ix_minutes_approvals_meeting_id'), table_name='minutes_approvals')
    op.drop_table('minutes_approvals')
    op.drop_index(op.f('ix_minutes_signers_meeting_id'), table_name='minutes_signers')
    op.drop_table('minutes_signers')
    op.drop_table('minutes')
