/** Labelled inputs shared by the authoring forms: the label is the accessible name, the hint its description. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  /** One entry per line: a textarea. */
  multiline?: boolean;
  required?: boolean;
  /** A passphrase is typed unseen. */
  secret?: boolean;
  onInput(value: string): void;
}

export function TextField({ id, label, value, hint, multiline, required, secret, onInput }: TextFieldProps) {
  const described = hint ? `${id}-hint` : undefined;
  const common = { id, value, required, 'aria-describedby': described };
  return (
    <div class="field">
      <label for={id}>
        <span>{label}</span>
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : secret ? (
        <input type="password" autocomplete="new-password" {...common} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input type="text" {...common} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
      {hint && (
        <span id={described} class="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** A file chooser that hands over the file's text and clears itself, so the same file can be chosen again. */
export function FileField({ id, label, accept, onText }: { id: string; label: string; accept: string; onText(text: string, name: string): void }) {
  return (
    <div class="field">
      <label for={id}>
        <span>{label}</span>
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void file.text().then((text) => onText(text, file.name));
          input.value = '';
        }}
      />
    </div>
  );
}
