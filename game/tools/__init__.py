"""Tools for developers: the bench and the soak (run as `python -m game.bench`, `python -m game.soak`)."""
