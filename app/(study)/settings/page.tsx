import { requireUser } from "@/lib/auth/session";
import { getLibrary } from "@/lib/data/library";
import { userHasPassword } from "@/lib/data/users";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { getSettingsPage } from "@/lib/data/study-settings";
import { timeZoneChoices } from "@/lib/srs";
import { IMPORT_MAX_BYTES } from "@/lib/study/history-import";
import { settingsValues } from "@/lib/study/settings-form";
import { buttonClass } from "@/components/ui/button";
import { ChangePasswordForm, DeleteAccountForm } from "@/components/settings/account-settings";
import { HistoryImport } from "@/components/settings/history-import";
import { OptimizeSchedule } from "@/components/settings/optimize-schedule";
import { StudySettingsForm } from "@/components/settings/study-settings-form";

export const metadata = { title: "Settings" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SettingsPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const [page, hasPassword, params] = await Promise.all([getSettingsPage(user.id, await getLibrary(), new Date()), userHasPassword(user.id), searchParams]);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
        {params.account === "password-changed" ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
            Your password was changed. Every other browser and device signed in to your account was signed out.
          </p>
        ) : null}
      </div>

      <section aria-labelledby="study-heading" className="space-y-4">
        <h2 id="study-heading" className="text-lg font-semibold">
          Study
        </h2>
        <StudySettingsForm
          values={settingsValues(page.settings)}
          saved={page.saved}
          timeZones={timeZoneChoices([page.settings.timeZone])}
          areas={page.areas}
          tags={page.tags}
        />
      </section>

      <section aria-labelledby="history-heading" className="space-y-4">
        <h2 id="history-heading" className="text-lg font-semibold">
          Review history
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Export every review as CSV (the format of Anki and FSRS tools: review_time, card_id, review_rating, review_duration,
          review_state), or import one. Imported reviews count towards optimizing your schedule.
        </p>
        <a href="/api/history/export" download className={buttonClass("secondary")} data-testid="export-history">
          Export review history (CSV)
        </a>
        <HistoryImport maxBytes={IMPORT_MAX_BYTES} />
      </section>

      <section aria-labelledby="optimize-heading" className="space-y-4">
        <h2 id="optimize-heading" className="text-lg font-semibold">
          Optimize my schedule
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Fits the FSRS parameters to your own history, so intervals follow how you actually remember.
        </p>
        <OptimizeSchedule reviews={page.reviews} minReviews={page.minReviews} optimized={page.optimized} initial={page.optimization} />
      </section>

      <section aria-labelledby="account-heading" className="space-y-6">
        <div className="space-y-1">
          <h2 id="account-heading" className="text-lg font-semibold">
            Account
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Signed in as <span className="font-medium text-zinc-900 dark:text-zinc-100">{user.email}</span>.
          </p>
        </div>
        {hasPassword ? (
          <div className="space-y-3">
            <h3 className="font-semibold">Change password</h3>
            <ChangePasswordForm />
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">You sign in with GitHub, so there is no password to change here.</p>
        )}
        <div className="space-y-3">
          <h3 className="font-semibold">Sign out everywhere</h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Signs this browser and every other browser or device out of your account, for instance after using a shared computer.
          </p>
          <form action={signOutEverywhereAction}>
            <button type="submit" className={buttonClass("secondary")}>
              Sign out everywhere
            </button>
          </form>
        </div>
        <div className="space-y-3">
          <h3 className="font-semibold text-red-800 dark:text-red-300">Delete account</h3>
          <DeleteAccountForm hasPassword={hasPassword} />
        </div>
      </section>
    </div>
  );
}
