import { FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/** One radio button with its label, as an NL Design System form field (the label is clickable). */
export function RadioOption({
  name,
  value,
  checked,
  onChange,
  children,
  className,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange(value: string): void;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <FormField type="radio" className={className}>
      <div className="utrecht-form-field__label utrecht-form-field__label--radio">
        <FormLabel type="radio" htmlFor={id}>
          <RadioButton
            className="utrecht-form-field__input"
            id={id}
            name={name}
            value={value}
            checked={checked}
            onChange={() => onChange(value)}
          />
          {children}
        </FormLabel>
      </div>
    </FormField>
  );
}
