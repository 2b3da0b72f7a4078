#!/usr/bin/env python3
"""Checks sopsh's YAML files against their JSON Schemas: SOPs against schema/sop.schema.json,
simulation scenarios against schema/scenario.schema.json, work calendars against
schema/calendar.schema.json, offices against schema/office.schema.json.

Usage:
    scripts/check-schema.py [FILE.yaml ...]   check the files (default: examples/*.yaml)
    scripts/check-schema.py --self-test       check that the schemas reject known-bad documents

A file is checked against the schema its first line names, as an editor does
(`# yaml-language-server: $schema=../schema/scenario.schema.json`), else against the schema of
its kind, told by its keys as sopsh tells them (kegiatan: an SOP; kantor, jabatan: an office;
kedatangan, jumlah_kasus, ...: a scenario; jam_kerja, libur: a calendar).

Prints `FILE: ok` for a file that conforms, else each error as `FILE:LINE:COLUMN: PATH: message`
with a hint. Exit status: 0 when everything conforms, 1 when a file does not (or cannot be
read, or the schema itself is invalid, or the self-test finds a bad document accepted),
2 on a usage error, 3 when the Python modules jsonschema and PyYAML are missing.

The schemas are what an editor's YAML language server uses to help an author; sopsh's own
readers and checker say more (hand-offs, flow, names the SOP lacks). This script keeps the
schemas honest: every example must pass its schema, and documents that sopsh refuses must fail
it (the self-test's documents are in scripts/schema_samples.py).
"""

import difflib
import json
import pathlib
import re
import signal
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"check-schema.py needs the Python modules jsonschema and PyYAML ({missing}).\n"
          "Install them with: pip install jsonschema pyyaml", file=sys.stderr)
    sys.exit(3)

from schema_samples import SAMPLES

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = {kind: ROOT / "schema" / f"{kind}.schema.json" for kind in SAMPLES}
# The keys that tell sopsh's YAML files apart, as its YAMLDocumentKind does.
SOP_KEYS = {"identitas", "kegiatan"}
OFFICE_KEYS = {"kantor", "jabatan"}
SCENARIO_KEYS = {"kedatangan", "faktor_kedatangan", "jumlah_kasus", "perubahan", "replikasi", "sop", "horizon",
                 "seed", "utas", "mulai", "batas_pengulangan", "jenis_kasus", "hapus_langkah", "gabung_langkah"}
CALENDAR_KEYS = {"jam_kerja", "libur", "sepanjang_waktu"}
# The validator of each schema read so far, by its path.
VALIDATORS = {}
MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)")
USAGE = "usage: check-schema.py [--self-test] [FILE.yaml ...]"


class RepeatedKey(yaml.YAMLError):
    def __init__(self, problem, mark):
        super().__init__(problem)
        self.problem, self.problem_mark = problem, mark


class SOPLoader(yaml.SafeLoader):
    """Reads YAML as sopsh and editors do (YAML 1.2 core): `no`, `ya`, `on` stay text, only
    true/false are booleans, and dates such as 2025-02-21 stay text, as the identity part
    keeps them. Repeated keys are refused instead of silently keeping the last."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers
                if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                continue  # an odd key (a list, a mapping) is the schema's to refuse
            if key in seen:
                raise RepeatedKey(f"the key `{key}` appears twice in this mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


SOPLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(text):
    """The document's data and its node tree (for line numbers); raises yaml.YAMLError."""
    loader = SOPLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def node_at(root, path):
    """The YAML node that a JSON path names, or the deepest one that exists."""
    node = root
    for part in path:
        if isinstance(node, yaml.MappingNode):
            found = next((value for key, value in node.value if key.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            found = node.value[part]
        else:
            found = None
        if found is None:
            break
        node = found
    return node


def path_text(path):
    """`kegiatan[2].mutu_baku.waktu`: where an error is, as a reader of the file names it."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


def hint(error, schema):
    """How to fix an error: the nearest known key for a misspelt one, what a missing key is
    for, else the description of what is expected where the error is."""
    if error.validator == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        unexpected = [key for key in error.instance if key not in known]
        suggestions = [difflib.get_close_matches(str(key), known, n=1) for key in unexpected]
        named = [f"`{match[0]}` instead of `{key}`" for key, match in zip(unexpected, suggestions) if match]
        if named:
            return "did you mean " + ", ".join(named) + "?"
        return "the keys allowed here are: " + ", ".join(known)
    if error.validator == "required":
        # jsonschema reports each missing key in its own error, naming it only in the message.
        named = re.match(r"^'(.+)' is a required property$", error.message)
        missing = [named.group(1)] if named else [key for key in error.validator_value if key not in error.instance]
        properties = error.schema.get("properties", {})
        return "; ".join(f"add `{key}`" + explained(key, properties.get(key, {}).get("description")) for key in missing)
    return described(schema, error.absolute_schema_path)


def explained(key, description):
    """`: what it is`, from a description that starts with the key's own name."""
    if not description:
        return ""
    return ": " + description.removeprefix(f"{key}: ")


def described(schema, schema_path):
    """The description nearest to the failing keyword along its path through the schema,
    following `$ref`s: the help an editor would show for that place."""
    description, node = None, schema
    for part in schema_path:
        if isinstance(node, dict) and "$ref" in node and part not in node:
            node = resolve(schema, node["$ref"])
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, str) and part == "$ref":
            node = resolve(schema, node)
        if isinstance(node, dict) and "description" in node:
            description = node["description"]
    return description


def resolve(schema, reference):
    node = schema
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    return node


def message(error):
    """jsonschema's message, without the whole instance where it would quote a large one."""
    if error.schema is False:
        return "this key has no place here"
    if error.validator == "pattern":
        return f"{short(error.instance)} is not in the form this value takes"
    if error.validator == "not" and isinstance(error.validator_value, dict) and "required" in error.validator_value:
        return "may not have both " + " and ".join(f"`{key}`" for key in error.validator_value["required"])
    if error.validator in ("oneOf", "anyOf"):
        return f"{short(error.instance)} is none of the forms allowed here"
    return error.message


def short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def kind_of(data):
    """`sop`, `office`, `scenario` or `calendar`, by the keys only that kind has; an SOP when
    none tells. An office, which also has a scenario's `sop` and `perubahan`, is told first."""
    keys = set(data) if isinstance(data, dict) else set()
    if keys & SOP_KEYS:
        return "sop"
    if keys & OFFICE_KEYS:
        return "office"
    if keys & SCENARIO_KEYS:
        return "scenario"
    return "calendar" if keys & CALENDAR_KEYS else "sop"


def schema_path(text, data, file):
    """The schema the file's first line names (relative to the file), else its kind's."""
    named = MODELINE.match(text)
    if named and file is not None and "://" not in named.group(1):
        return (pathlib.Path(file).resolve().parent / named.group(1)).resolve()
    return SCHEMAS[kind_of(data)]


def problems_in(text, name, file=None, kind=None):
    """Every problem of one document, as (JSON path, schema keyword, printable text); empty
    when the document conforms. `kind` names its schema; else the file says (`schema_path`)."""
    try:
        data, root = load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        problem = getattr(error, "problem", None) or str(error)
        if isinstance(error, RepeatedKey):
            return [("", "yaml", f"{where}: {problem}\n  hint: keep one of them")]
        return [("", "yaml", f"{where}: invalid YAML: {problem}\n"
                 "  hint: check the indentation and quoting on this line and the one above it")]
    if data is None:
        return [("", "yaml", f"{name}: the file is empty\n"
                 "  hint: start from an example: examples/kebijakan-mutu-ukpbj.yaml (an SOP), "
                 "examples/bench-seed.scenario.yaml (a scenario), examples/kalender-kantor-2026.yaml (a calendar) "
                 "or examples/kantor-ukpbj.yaml (an office)")]
    path = SCHEMAS[kind] if kind else schema_path(text, data, file)
    try:
        validator = load_validator(path)
    except (OSError, json.JSONDecodeError, jsonschema.SchemaError) as error:
        return [("", "schema", f"{name}:1:1: the schema {display_name(path)} is invalid or unreadable: {error}\n"
                 "  hint: the first line names the schema relative to the file: "
                 "# yaml-language-server: $schema=../schema/sop.schema.json")]
    found = []
    for error in validator.iter_errors(data):
        if error.schema is False:
            error.path.append(forbidden_key(data, error))
        node = node_at(root, error.absolute_path) if root is not None else None
        if error.validator == "additionalProperties" and isinstance(node, yaml.MappingNode):
            # Point at the unknown key itself, not at the mapping that holds it.
            known = error.schema.get("properties", {})
            node = next((key for key, _ in node.value if key.value not in known), node)
        position = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (0, 0)
        where = f"{name}:{position[0]}:{position[1]}" if node else name
        path = path_text(error.absolute_path)
        line = f"{where}: {path}: {message(error)}"
        if (fix := hint(error, validator.schema)):
            line += f"\n  hint: {fix}"
        # A key a rule forbids is refused by the schema `false`, which jsonschema names no keyword.
        found.append((position, path, error.validator or "false", line))
    # In the order of the file, as a reader goes through it.
    return [(path, keyword, line) for _, path, keyword, line in sorted(found, key=lambda item: item[0])]


def forbidden_key(data, error):
    """The key whose value a rule's `false` refused: jsonschema leaves it out of the error's
    path, so it is the key of the mapping there that holds that very value."""
    parent = data
    for part in error.absolute_path:
        parent = parent[part]
    return next(key for key, value in parent.items() if value is error.instance)


def load_validator(path):
    """The validator of the schema at `path`, checked as a schema once and kept."""
    if path not in VALIDATORS:
        schema = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        VALIDATORS[path] = jsonschema.Draft202012Validator(schema)
    return VALIDATORS[path]


def check_files(paths):
    failed = False
    for path in paths:
        name = display_name(path)
        try:
            text = pathlib.Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"{name}: cannot read: {error}\n  hint: name a file in one of sopsh's YAML formats (.yaml)")
            failed = True
            continue
        problems = problems_in(text, name, file=path)
        if problems:
            failed = True
            print("\n".join(line for _, _, line in problems))
        else:
            print(f"{name}: ok")
    return 1 if failed else 0


def display_name(path):
    """The path as the user would type it: relative to the current directory when inside it."""
    absolute = pathlib.Path(path).resolve()
    try:
        return str(absolute.relative_to(pathlib.Path.cwd()))
    except ValueError:
        return str(path)


def self_test():
    failures = 0
    for kind, (good, bad) in SAMPLES.items():
        conforming = problems_in(good, f"self-test ({kind}: conforming document)", kind=kind)
        if conforming:
            failures += 1
            print(f"self-test FAILED: a conforming {kind} is rejected:\n" + "\n".join(line for _, _, line in conforming))
        for what, (old, new), path, keyword in bad:
            if old not in good:
                raise AssertionError(f"the self-test's change for {what} does not apply: {old!r} is not in the {kind}")
            problems = problems_in(good.replace(old, new, 1), f"self-test ({kind}: {what})", kind=kind)
            expected = [line for found_path, found_keyword, line in problems if (found_path, found_keyword) == (path, keyword)]
            if expected:
                print(f"self-test: {kind}: {what}: rejected ({expected[0].splitlines()[0]})")
            else:
                failures += 1
                found = "; ".join(line.splitlines()[0] for _, _, line in problems) or "no error at all"
                print(f"self-test FAILED: {kind}: {what} is not refused by `{keyword}` at {path} (found: {found})")
    print("self-test: ok" if failures == 0 else f"self-test: {failures} failure(s)")
    return 1 if failures else 0


def main(arguments):
    if any(argument in ("-h", "--help") for argument in arguments):
        print(__doc__.strip())
        return 0
    options = [argument for argument in arguments if argument.startswith("-")]
    files = [argument for argument in arguments if not argument.startswith("-")]
    if any(option != "--self-test" for option in options) or (options and files):
        print(f"{USAGE}\n(--self-test takes no files)" if options and files else USAGE, file=sys.stderr)
        return 2
    for path in SCHEMAS.values():
        try:
            load_validator(path)
        except (OSError, json.JSONDecodeError, jsonschema.SchemaError) as error:
            print(f"{path}: the schema itself is invalid or unreadable: {error}", file=sys.stderr)
            return 1
    if options:
        return self_test()
    # By default every example: SOPs, scenarios and calendars, each against its own schema.
    paths = files or sorted((ROOT / "examples").glob("*.yaml"))
    if not paths:
        print(f"no YAML files to check in {ROOT / 'examples'}", file=sys.stderr)
        return 1
    return check_files(paths)


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the output quietly
    sys.exit(main(sys.argv[1:]))
