import type { Workbench } from "../state/use-workbench.ts";

/** Unsaved edits, Save and Discard, and what the last save did (including a stale-version conflict). */
export function SaveBar({ workbench }: { workbench: Workbench }) {
  const { edits, save, saveEdits, discardEdits, reloadKeepingEdits } = workbench;
  const count = edits.size;
  return (
    <div className="save-bar">
      <span data-testid="unsaved-count">
        {count === 0 ? "No unsaved edits" : `${count} unsaved stance edit${count === 1 ? "" : "s"}`}
      </span>
      <button type="button" onClick={() => void saveEdits()} disabled={count === 0 || save.kind === "saving"}>
        {save.kind === "saving" ? "Saving…" : "Save"}
      </button>
      <button type="button" onClick={discardEdits} disabled={count === 0}>
        Discard edits
      </button>
      <button type="button" onClick={() => void reloadKeepingEdits()} disabled={save.kind === "saving"}>
        Reload from disk
      </button>
      <div aria-live="polite" className="save-status">
        {save.kind === "saved" && <span data-testid="save-status">Saved {save.files.join(", ")}.</span>}
        {save.kind === "error" && <span role="alert">Save failed: {save.message}</span>}
      </div>
      {save.kind === "conflict" && (
        <div role="alert" className="conflict" data-testid="save-conflict">
          <strong>Save conflict.</strong> {save.message}{" "}
          <button type="button" onClick={() => void reloadKeepingEdits()}>
            Reload from disk
          </button>
        </div>
      )}
    </div>
  );
}
