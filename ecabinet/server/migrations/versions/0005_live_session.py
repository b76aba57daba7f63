"""live session: attendance, recusals, speaking requests, votes (named and secret), current item (issue 14)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 09:00:00

Columns are added with plain ALTER TABLE (see 0004: a batch rebuild of agenda_items on SQLite would
cascade-delete documents and positions).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import ecabinet.server.db

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

UTC = ecabinet.server.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.add_column('meetings', sa.Column('current_item_id', sa.String(length=32), nullable=True))
    op.add_column('meetings', sa.Column('quorum_rule', sa.String(length=20), server_default='half', nullable=False))
    op.add_column('meetings', sa.Column('remote_voting', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('meetings', sa.Column('session_started_at', UTC, nullable=True))
    op.add_column('meetings', sa.Column('session_closed_at', UTC, nullable=True))
    op.add_column('agenda_items', sa.Column('uncontested', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('agenda_items', sa.Column('decision', sa.String(length=40), server_default='', nullable=False))

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('deputy_id', sa.String(length=36), nullable=True),
    sa.Column('recorded_by', sa.String(length=36), nullable=False),
    sa.Column('updated_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['deputy_id'], ['users.id'], name=op.f('fk_attendance_deputy_id_users')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_attendance_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'user_id', name=op.f('uq_attendance_meeting_id_user_id'))
    )
    op.create_index(op.f('ix_attendance_meeting_id'), 'attendance', ['meeting_id'], unique=False)

    op.create_table('recusals',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('item_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('created_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_recusals_item_id_agenda_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_recusals_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_recusals_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recusals')),
    sa.UniqueConstraint('item_id', 'user_id', name=op.f('uq_recusals_item_id_user_id'))
    )
    op.create_index(op.f('ix_recusals_item_id'), 'recusals', ['item_id'], unique=False)
    op.create_index(op.f('ix_recusals_meeting_id'), 'recusals', ['meeting_id'], unique=False)

    op.create_table('speaking_requests',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('item_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('requested_at', UTC, nullable=False),
    sa.Column('started_at', UTC, nullable=True),
    sa.Column('ended_at', UTC, nullable=True),
    sa.Column('time_limit_seconds', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_speaking_requests_item_id_agenda_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_speaking_requests_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_speaking_requests_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaking_requests'))
    )
    op.create_index(op.f('ix_speaking_requests_item_id'), 'speaking_requests', ['item_id'], unique=False)
    op.create_index(op.f('ix_speaking_requests_meeting_id'), 'speaking_requests', ['meeting_id'], unique=False)

    op.create_table('votes',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('meeting_id', sa.String(length=32), nullable=False),
    sa.Column('item_id', sa.String(length=32), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('secret', sa.Boolean(), nullable=False),
    sa.Column('majority', sa.String(length=20), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('quorum_rule', sa.String(length=20), nullable=False),
    sa.Column('allow_change', sa.Boolean(), nullable=False),
    sa.Column('live_counts', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('opened_by', sa.String(length=36), nullable=False),
    sa.Column('opened_at', UTC, nullable=False),
    sa.Column('closes_at', UTC, nullable=True),
    sa.Column('closed_at', UTC, nullable=True),
    sa.Column('eligible_count', sa.Integer(), nullable=False),
    sa.Column('base_count', sa.Integer(), nullable=False),
    sa.Column('cast_count', sa.Integer(), nullable=False),
    sa.Column('result', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_votes_item_id_agenda_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_votes_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    op.create_index(op.f('ix_votes_item_id'), 'votes', ['item_id'], unique=False)
    op.create_index(op.f('ix_votes_meeting_id'), 'votes', ['meeting_id'], unique=False)

    op.create_table('vote_seats',
    sa.Column('vote_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_vote_seats_user_id_users')),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_seats_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'user_id', name=op.f('pk_vote_seats'))
    )
    op.create_table('named_ballots',
    sa.Column('vote_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=36), nullable=True),
    sa.Column('option', sa.String(length=200), nullable=False),
    sa.Column('ballot_id', sa.String(length=64), nullable=False),
    sa.Column('cast_at', UTC, nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_named_ballots_user_id_users')),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_named_ballots_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'user_id', name=op.f('pk_named_ballots'))
    )
    op.create_table('ballot_receipts',
    sa.Column('vote_id', sa.String(length=32), nullable=False),
    sa.Column('ballot_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_ballot_receipts_user_id_users')),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_ballot_receipts_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'ballot_id', name=op.f('pk_ballot_receipts'))
    )
    op.create_table('vote_counters',
    sa.Column('vote_id', sa.String(length=32), nullable=False),
    sa.Column('option', sa.String(length=200), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_counters_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'option', name=op.f('pk_vote_counters'))
    )
    op.create_table('vote_participation',
    sa.Column('vote_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('ballot_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_vote_participation_user_id_users')),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_participation_vote_id_votes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('vote_id', 'user_id', name=op.f('pk_vote_participation')),
    sa.UniqueConstraint('ballot_hash', name=op.f('uq_vote_participation_ballot_hash')),
    sqlite_with_rowid=False,
    )


def downgrade() -> None:
    for table in ('vote_participation', 'vote_counters', 'ballot_receipts', 'named_ballots', 'vote_seats'):
        op.drop_table(table)
    op.drop_index(op.f('ix_votes_meeting_id'), table_name='votes')
    op.drop_index(op.f('ix_votes_item_id'), table_name='votes')
    op.drop_table('votes')
    op.drop_index(op.f('ix_speaking_requests_meeting_id'), table_name='speaking_requests')
    op.drop_index(op.f('ix_speaking_requests_item_id'), table_name='speaking_requests')
    op.drop_table('speaking_requests')
    op.drop_index(op.f('ix_recusals_meeting_id'), table_name='recusals')
    op.drop_index(op.f('ix_recusals_item_id'), table_name='recusals')
    op.drop_table('recusals')
    op.drop_index(op.f('ix_attendance_meeting_id'), table_name='attendance')
    op.drop_table('attendance')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_column('decision')
        batch_op.drop_column('uncontested')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        for column in ('session_closed_at', 'session_started_at', 'remote_voting', 'quorum_rule', 'current_item_id'):
            batch_op.drop_column(column)
