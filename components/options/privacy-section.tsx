import { HINT } from './styles';

export function PrivacySection() {
  return (
    <div className={`space-y-2 ${HINT}`}>
      <p>
        Everything Crossfeed captures stays in this browser profile (IndexedDB). Nothing is sent anywhere
        unless you post.
      </p>
      <p>
        Crossfeed only reads what you scroll past on X and Threads; it never calls their APIs or scrolls for
        you. Exports contain your captured posts and your saved posts, tags and notes, never your accounts or
        sign-in tokens.
      </p>
    </div>
  );
}
