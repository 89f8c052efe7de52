import { FormFieldTextarea, FormFieldTextbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface Common {
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  description?: ReactNode;
  /** Shown at the field (and linked with aria-describedby) when set. */
  errorMessage?: string | undefined;
  required?: boolean;
}

/** FormFieldTextbox with a plain string callback and the error wired to `invalid`. */
export function TextField({
  label,
  name,
  value,
  onValue,
  description,
  errorMessage,
  required,
  type,
  autoComplete,
}: Common & { type?: 'text' | 'search' | 'date' | 'email' | 'tel' | 'password'; autoComplete?: string }) {
  return (
    <FormFieldTextbox
      label={label}
      name={name}
      type={type ?? 'text'}
      autoComplete={autoComplete}
      value={value}
      description={description}
      invalid={Boolean(errorMessage)}
      errorMessage={errorMessage}
      required={required}
      onChange={(e) => {
        if (e.target instanceof HTMLInputElement) onValue(e.target.value);
      }}
    />
  );
}

export function TextAreaField({ label, name, value, onValue, description, errorMessage, required, rows }: Common & { rows?: number }) {
  return (
    <FormFieldTextarea
      label={label}
      name={name}
      value={value}
      rows={rows ?? 3}
      description={description}
      invalid={Boolean(errorMessage)}
      errorMessage={errorMessage}
      required={required}
      onChange={(e) => onValue(e.target.value)}
    />
  );
}
