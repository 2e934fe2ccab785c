"""How long `--check`'s map checks take on a large map: `python tests/time_check.py [SIZE]`.

Builds a SIZE×SIZE map (500 by default; see mapkit.big_map) in a temporary folder, checks it
as `--check` checks maps, and prints the seconds each run took (and the CPU's, steadier on a busy
machine) and how many problems were found.
A figure for people to read, not a test (tests never assert timings).
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import mapkit  # noqa: E402
from game.content.lint import check_maps  # noqa: E402


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as folder:
        mapkit.big_map(Path(folder), size)
        for _ in range(runs):
            start, cpu = time.perf_counter(), time.process_time()
            problems = check_maps(Path(folder))
            print(f"{size}x{size}: {time.perf_counter() - start:.2f} s ({time.process_time() - cpu:.2f} s of CPU), "
                  f"{len(problems)} problem(s)")
            for problem in problems[:5]:
                print("   ", problem)


if __name__ == "__main__":
    main()
