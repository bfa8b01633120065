"use client";
import { useEffect, useRef } from "react";
import { basicSetup, EditorView } from "codemirror";
import { keymap } from "@codemirror/view";
import { python } from "@codemirror/lang-python";

type CodeEditorProps = {
  /** The text to show; replacing it from outside (reset, a restored draft) resets the editor. */
  value: string;
  onChange: (code: string) => void;
  /** Ctrl/⌘+Enter. */
  onRun: () => void;
  onFocus?: () => void;
  label: string;
};

/**
 * CodeMirror 6 with Python highlighting. Tab is left to the browser (no indent-with-Tab), so a
 * keyboard user can leave the editor; the editor's content is a labelled textbox.
 */
export function CodeEditor({ value, onChange, onRun, onFocus, label }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun, onFocus });
  useEffect(() => {
    handlers.current = { onChange, onRun, onFocus };
  });
  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      doc: value,
      extensions: [
        keymap.of([{ key: "Mod-Enter", run: () => (handlers.current.onRun(), true) }]),
        basicSetup,
        python(),
        EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true", role: "textbox" }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          if (u.focusChanged && u.view.hasFocus) handlers.current.onFocus?.();
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);
  return <div ref={host} className="overflow-hidden rounded border border-line text-sm" data-testid="code-editor" />;
}
