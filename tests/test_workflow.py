"""The GitHub Pages workflow: linted with actionlint, least privilege, pinned actions."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "pages.yml"


def _actionlint() -> str:
    found = shutil.which("actionlint") or str(
        Path(__import__("sys").executable).parent / "actionlint"
    )
    if not Path(found).exists():
        pytest.fail("actionlint is not installed: run `make test` (it installs the test tools)")
    return found


def test_actionlint_passes():
    result = subprocess.run(
        [_actionlint(), "-no-color", str(WORKFLOW)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "bad.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-24.04", "runs-on: [", 1))
    result = subprocess.run(
        [_actionlint(), "-no-color", str(broken)], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0


def test_least_privilege_concurrency_and_pinned_actions():
    flow = yaml.safe_load(WORKFLOW.read_text())
    assert flow["permissions"] == {"contents": "read"}
    assert flow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "permissions" not in flow["jobs"]["build"]
    assert flow["concurrency"]["group"]
    triggers = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads `on` as True
    assert set(triggers) == {"push", "workflow_dispatch"}
    uses = [s["uses"] for job in flow["jobs"].values() for s in job["steps"] if "uses" in s]
    assert {u.split("@")[0] for u in uses} >= {
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    }
    for use in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", use), (
            f"{use} is not pinned to a full version"
        )
    build_steps = " ".join(s.get("run", "") for s in flow["jobs"]["build"]["steps"])
    assert "make site" in build_steps


def _steps() -> list[dict]:
    return yaml.safe_load(WORKFLOW.read_text())["jobs"]["build"]["steps"]


def test_build_state_is_kept_between_deploys():
    """The build state is restored before `make site` (and saved after it), so that a push
    that adds one article rebuilds incrementally, as a local rebuild does."""
    steps = _steps()
    names = [s.get("uses", "").split("@")[0] or s.get("run", "") for s in steps]
    cache = steps[names.index("actions/cache")]
    assert names.index("actions/cache") < names.index("make site")
    assert set(cache["with"]["path"].split()) == {".cache", "docs/articles", "site"}


@pytest.mark.parametrize(
    "part",
    [
        "akhbar/**",  # the code: extraction, pages and their keys
        "templates/**",  # what every page is rendered with
        "locale/**",  # the UI's translations
        "knowledge/**",  # actors, topics, sources: what extraction finds
        "requirements.lock",  # the versions of MkDocs, the theme, WeasyPrint
    ],
)
def test_build_state_key_changes_with_what_the_build_depends_on(part):
    cache = next(s for s in _steps() if s.get("uses", "").startswith("actions/cache@"))
    assert part in cache["with"]["key"]
    # Each run saves its own state (an exact key is never saved twice), restored by prefix.
    assert cache["with"]["key"].endswith("${{ github.run_id }}")
    restore = cache["with"]["restore-keys"].splitlines()
    assert restore[0] == cache["with"]["key"].removesuffix("${{ github.run_id }}")
    assert all(cache["with"]["key"].startswith(prefix) for prefix in restore)
