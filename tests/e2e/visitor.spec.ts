import { expect, test } from "./factories";
import { signIn } from "./sign-in";

test("Visitor: a page asks for sign-in first, then opens", async ({ page }) => {
  await page.goto("/kpis?layer=demand");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill("cto@example.com");
  await page.getByLabel("Password").fill("demo1234");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/kpis\?layer=demand/);
  await expect(page.getByRole("heading", { level: 1, name: "KPI catalogue" })).toBeVisible();
});

test("Visitor: a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("cto@example.com");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue("cto@example.com");
});

test("Visitor: demo mode lists the demo sign-ins, and choosing one fills the form", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByText("Demo mode — sign in as")).toBeVisible();
  await page.getByRole("button", { name: /board@example\.com/ }).click();
  await expect(page.getByLabel("Email")).toHaveValue("board@example.com");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/backlog");
});

test("Visitor: the API answers 401 and 404 with problem documents; health answers ok", async ({ request }) => {
  const health = await request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  const anonymous = await request.get("/api/v1/me");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
  expect(await anonymous.json()).toMatchObject({ status: 401, title: "Unauthorized" });

  const unknown = await request.get("/api/v1/no-such-thing");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("application/problem+json");

  const badToken = await request.get("/api/v1/me", { headers: { authorization: "Bearer amb_not-a-real-token-at-all-000000" } });
  expect(badToken.status()).toBe(401);
});

test("Executive: the KPI catalogue filters by layer and pages through", async ({ page, make }) => {
  await signIn(page, "cto@example.com");
  await page.goto("/kpis");
  await page.getByRole("group", { name: "Layer" }).getByRole("link", { name: "Capability" }).click();
  await expect(page).toHaveURL(/layer=capability/);
  const layers = await page.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(layers.length).toBeGreaterThan(0);
  expect(new Set(layers)).toEqual(new Set(["Capability"]));

  // Pages are offsets into the catalogue, and other tests make KPIs: none is made while paging,
  // or a row could slide from one page onto the next between the two loads.
  const { firstPage, secondPage } = await make.withKpiCatalogueStill(async () => {
    await page.getByRole("group", { name: "Layer" }).getByRole("link", { name: "All" }).click();
    await expect(page).not.toHaveURL(/layer=/);
    await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
    const firstPage = await page.locator("tbody tr .font-mono").allTextContents();
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
    const secondPage = await page.locator("tbody tr .font-mono").allTextContents();
    return { firstPage, secondPage };
  });
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((code) => firstPage.includes(code))).toEqual([]);
});
