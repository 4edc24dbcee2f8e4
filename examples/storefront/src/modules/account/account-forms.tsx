import type { InputHTMLAttributes } from "react"
import { login, signup } from "@/lib/data/customer"

type FieldProps = { id: string; label: string } & InputHTMLAttributes<HTMLInputElement>

/** A labelled, required input. */
function Field({ id, label, ...input }: FieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} required {...input} />
    </>
  )
}

/** "Log in" and "Create account", plain forms posting to the server actions. */
export function AccountForms() {
  return (
    <>
      <section aria-labelledby="login-heading">
        <h2 id="login-heading">Log in</h2>
        <form action={login}>
          <Field id="login-email" label="Email" name="email" type="email" autoComplete="email" />
          <Field
            id="login-password"
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
          />
          <p>
            <button type="submit">Log in</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="register-heading">
        <h2 id="register-heading">Create an account</h2>
        <form action={signup}>
          <Field id="register-first-name" label="First name" name="first_name" autoComplete="given-name" />
          <Field id="register-last-name" label="Last name" name="last_name" autoComplete="family-name" />
          <Field id="register-email" label="Email" name="email" type="email" autoComplete="email" />
          <Field
            id="register-password"
            label="Password"
            name="password"
            type="password"
            minLength={8}
            autoComplete="new-password"
          />
          <p>
            <button type="submit">Create account</button>
          </p>
        </form>
      </section>
    </>
  )
}
