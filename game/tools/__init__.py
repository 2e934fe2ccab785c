"""Tools for developers: the bench, the soak and the players' build (run as `python -m game.bench`,
`python -m game.soak`, `python -m game.package`)."""
