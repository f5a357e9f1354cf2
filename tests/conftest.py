pytest_plugins = ["tests.fixtures.postgres", "tests.fixtures.smtp", "tests.fixtures.dovecot"]
