"""The database: SQLAlchemy models, Alembic migrations, and the migrate command behind them."""
