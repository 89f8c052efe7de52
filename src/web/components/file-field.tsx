import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

interface FileFieldProps {
  label: ReactNode;
  description: ReactNode;
  /** Shown at the field (and linked with aria-describedby) when set. */
  errorMessage?: string | null | undefined;
  /** The `accept` attribute: extensions and media types. */
  accept: string;
  multiple?: boolean;
  required?: boolean;
  onFiles(files: File[]): void;
}

/** A file input in the NL Design System form-field layout (the library has no file field of its own). */
export function FileField({ label, description, errorMessage, accept, multiple, required, onFiles }: FileFieldProps) {
  const id = useId();
  return (
    <FormField type="file" invalid={Boolean(errorMessage)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
        {description}
      </FormFieldDescription>
      {errorMessage && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {errorMessage}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="file"
          multiple={multiple}
          accept={accept}
          aria-describedby={[`${id}-description`, errorMessage ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={errorMessage ? true : undefined}
          required={required}
          onChange={(e) => onFiles([...(e.target.files ?? [])])}
        />
      </div>
    </FormField>
  );
}
