import { useSearchParams } from 'react-router';

/** The token a mail link carries (`?token=`), or null when the link was cut short. */
export function useLinkToken(): string | null {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token && token.length >= 20 ? token : null;
}
