"""secretariat: version counters, sub-items, soft delete of items, OCR jobs and derived versions (issue 13)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 10:28:13.378948

Columns are added with plain ALTER TABLE, never a batch rebuild: rebuilding ``agenda_items`` on SQLite
drops the old table, and with foreign keys on that would cascade-delete every document and position.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import ecabinet.server.db

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ocr_jobs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('pages_done', sa.Integer(), nullable=False),
    sa.Column('result_sha256', sa.String(length=64), nullable=True),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('created_at', ecabinet.server.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', ecabinet.server.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_ocr_jobs_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['document_versions.id'], name=op.f('fk_ocr_jobs_version_id_document_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ocr_jobs')),
    sa.UniqueConstraint('version_id', name=op.f('uq_ocr_jobs_version_id'))
    )
    op.create_index(op.f('ix_ocr_jobs_document_id'), 'ocr_jobs', ['document_id'], unique=False)
    op.create_index(op.f('ix_ocr_jobs_state'), 'ocr_jobs', ['state'], unique=False)

    if op.get_bind().dialect.name == 'sqlite':
        # SQLite cannot ALTER a constraint in, but takes a REFERENCES clause on a new column.
        op.execute(
            'ALTER TABLE agenda_items ADD COLUMN parent_id VARCHAR(32) '
            'CONSTRAINT fk_agenda_items_parent_id_agenda_items REFERENCES agenda_items (id)'
        )
    else:
        op.add_column('agenda_items', sa.Column('parent_id', sa.String(length=32), nullable=True))
        op.create_foreign_key(
            op.f('fk_agenda_items_parent_id_agenda_items'), 'agenda_items', 'agenda_items', ['parent_id'], ['id']
        )
    op.add_column('agenda_items', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('agenda_items', sa.Column('deleted_at', ecabinet.server.db.UTCDateTime(timezone=True), nullable=True))
    op.create_index(op.f('ix_agenda_items_parent_id'), 'agenda_items', ['parent_id'], unique=False)

    op.add_column('document_versions', sa.Column('derived_from', sa.String(length=64), nullable=True))
    op.add_column('document_versions', sa.Column('ocr', sa.Boolean(), server_default=sa.false(), nullable=False))

    op.add_column('meetings', sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('version')

    with op.batch_alter_table('document_versions', schema=None) as batch_op:
        batch_op.drop_column('ocr')
        batch_op.drop_column('derived_from')

    op.drop_index(op.f('ix_agenda_items_parent_id'), table_name='agenda_items')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('version')
        batch_op.drop_column('parent_id')

    op.drop_index(op.f('ix_ocr_jobs_state'), table_name='ocr_jobs')
    op.drop_index(op.f('ix_ocr_jobs_document_id'), table_name='ocr_jobs')
    op.drop_table('ocr_jobs')
