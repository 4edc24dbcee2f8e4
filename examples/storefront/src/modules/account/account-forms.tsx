import { login, signup } from "@/lib/data/customer"

/** "Log in" and "Create account", plain forms posting to the server actions. */
export function AccountForms() {
  return (
    <>
      <section aria-labelledby="login-heading">
        <h2 id="login-heading">Log in</h2>
        <form action={login}>
          <label htmlFor="login-email">Email</label>
          <input id="login-email" name="email" type="email" required autoComplete="email" />
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            name="password"
            type="password"
            required
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
          <label htmlFor="register-first-name">First name</label>
          <input id="register-first-name" name="first_name" required autoComplete="given-name" />
          <label htmlFor="register-last-name">Last name</label>
          <input id="register-last-name" name="last_name" required autoComplete="family-name" />
          <label htmlFor="register-email">Email</label>
          <input id="register-email" name="email" type="email" required autoComplete="email" />
          <label htmlFor="register-password">Password</label>
          <input
            id="register-password"
            name="password"
            type="password"
            required
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
