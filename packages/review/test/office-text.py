"""Opens DOCX files in LibreOffice and prints, as JSON, the text each reads as: optionally
after accepting or rejecting every tracked change with LibreOffice's own commands.

Usage: python3 office-text.py PIPE FILE:MODE... where MODE is as-is, accept or reject.
Needs soffice listening on the named pipe PIPE."""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not answer on pipe " + pipe)


def main():
    context = connect(sys.argv[1])
    manager = context.ServiceManager
    desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    dispatcher = manager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", context)
    results = []
    for argument in sys.argv[2:]:
        path, mode = argument.rsplit(":", 1)
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        redlines = document.getRedlines().getCount()
        if mode != "as-is":
            frame = document.getCurrentController().getFrame()
            command = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
            dispatcher.executeDispatch(frame, command, "", 0, ())
        text = path + "." + mode + ".txt"
        document.storeToURL(uno.systemPathToFileUrl(text),
                            (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
        notes = document.getFootnotes()
        footnotes = [notes.getByIndex(index).getString() for index in range(notes.getCount())]
        document.close(True)
        with open(text, encoding="utf-8-sig") as written:
            body = written.read()
        results.append({"file": path, "mode": mode, "redlines": redlines,
                        "body": body, "footnotes": footnotes})
    print(json.dumps(results))


main()
