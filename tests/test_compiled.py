"""The compiled modules of setup.py: an edit newer than its compiled module is found, so that
the import stops rather than run the old code."""
import os

from pipeline import stale_compiled


def _touch(path, mtime):
    path.write_text("")
    os.utime(path, (mtime, mtime))


def test_a_source_edited_after_its_build_is_stale(tmp_path):
    (tmp_path / "org").mkdir()
    _touch(tmp_path / "org" / "words.cpython-311-x86_64-linux-gnu.so", 1000)
    _touch(tmp_path / "org" / "words.py", 2000)
    _touch(tmp_path / "rules.cpython-311-x86_64-linux-gnu.so", 2000)
    _touch(tmp_path / "rules.py", 1000)
    assert stale_compiled(tmp_path) == [tmp_path / "org" / "words.py"]


def test_plain_python_is_never_stale(tmp_path):
    _touch(tmp_path / "rules.py", 2000)
    assert stale_compiled(tmp_path) == []
