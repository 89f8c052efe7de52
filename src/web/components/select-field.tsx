import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

export interface SelectFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  /** Shown as the first option with value ''. */
  emptyLabel?: string;
  description?: ReactNode;
  errorMessage?: string | undefined;
  required?: boolean;
}

/** FormField + Select with the label, description and error wired to the control (WCAG 1.3.1, 3.3.1). */
export function SelectField({ label, name, value, options, onChange, emptyLabel, description, errorMessage, required }: SelectFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', errorMessage ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField type="select" invalid={Boolean(errorMessage)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription className="utrecht-form-field__description" id={descriptionId}>
          {description}
        </FormFieldDescription>
      )}
      {errorMessage && (
        <FormFieldErrorMessage className="utrecht-form-field__error-message" id={errorId}>
          {errorMessage}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={name}
          value={value}
          required={required}
          invalid={Boolean(errorMessage)}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
