// Auth.js: credentials sign-in with hashed passwords and a JWT session that carries only the
// user id. The role is read from the database on every request (lib/auth/current-user.ts), so a
// role change or deactivation takes effect at once rather than when the token expires.
import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/schemas/user";
import { findUserForSignIn, recordSignIn } from "@/lib/db/users";
import { verifyPassword } from "./password";

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: env.SESSION_HOURS * 3600 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is a user's mistake, answered on the form; not an error for the server log.
    error(error) {
      // Auth.js tags its errors with a `type`; class names do not survive minification.
      if (!("type" in error && error.type === "CredentialsSignin")) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await findUserForSignIn(parsed.data.email);
        // Compare even when the user is unknown or inactive, so timing does not reveal which.
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !user.active || !ok) return null;
        await recordSignIn(user.id);
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

// bcrypt hash of a random string nobody knows.
const DUMMY_HASH = "$2b$10$JAmENPzIu19p/bSL7Xg4iutmVBlH0pSFayQz70OXt6vE91FOn2TVi";
