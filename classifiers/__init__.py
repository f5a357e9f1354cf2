"""What a message is: pure functions from raw RFC 5322 bytes to evidence."""
