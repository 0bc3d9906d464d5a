"""Execute one notebook with nbclient (the client behind `jupyter nbconvert --execute`) and report.

Usage: python3 execute_notebook.py SOURCE OUTPUT TIMEOUT_SECONDS
Writes the executed copy to OUTPUT (never to SOURCE) and prints one JSON line:
{"ok": bool, "cell": n, "error": "..."}; cell numbers count every cell from 1, as the Notebook UI shows
them. tslab reports TypeScript compile errors as stderr text with an empty error name, so the text of
a failing cell's stderr and error outputs together is the error message.
"""
import json
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def error_text(cell):
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            parts.append(": ".join(p for p in (output.get("ename"), output.get("evalue")) if p))
        elif output.get("output_type") == "stream" and output.get("name") == "stderr":
            parts.append("".join(output.get("text", "")))
    return "\n".join(p.strip() for p in parts if p.strip()) or "the kernel reported an error without a message"


def main():
    source, output, timeout = sys.argv[1], sys.argv[2], int(sys.argv[3])
    notebook = nbformat.read(source, as_version=4)
    failure = {}

    def on_cell_error(cell, cell_index, execute_reply):
        failure.update(cell=cell_index + 1, error=error_text(cell))

    client = NotebookClient(
        notebook,
        kernel_name="tslab",
        timeout=timeout,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}},
        on_cell_error=on_cell_error,
    )
    result = {"ok": True}
    try:
        client.execute()
    except CellTimeoutError as error:
        result = {"ok": False, "cell": failure.get("cell"), "error": f"timed out after {timeout} s: {error}"}
    except CellExecutionError:
        result = {"ok": False, **failure}
    except DeadKernelError as error:
        result = {"ok": False, "cell": failure.get("cell"), "error": f"the kernel died: {error}"}
    nbformat.write(notebook, output)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
