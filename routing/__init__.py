"""What must happen to a message: pure rules from evidence and a view of the world to a decision."""
