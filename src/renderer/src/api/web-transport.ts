/**
 * The browser side of the local web host: the same channels, over fetch. The host prints
 * a URL carrying a per-run token; the page keeps it for the session and removes it from
 * the address bar so it is not bookmarked or shared by accident.
 */
import type { Envelope } from '@shared/ipc/envelope'

const TOKEN_KEY = 'compute-planner.token'
export const TOKEN_HEADER = 'X-Compute-Planner-Token'

export function takeTokenFromLocation(location: Location, storage: Storage): string | null {
  const params = new URLSearchParams(location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    params.delete('token')
    const query = params.toString()
    history.replaceState(
      null,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
    )
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

export function createWebInvoke(token: string | null, fetchImpl: typeof fetch = fetch) {
  return async (channel: string, request: unknown): Promise<Envelope<unknown>> => {
    const response = await fetchImpl(`./api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body: JSON.stringify(request === undefined ? {} : { request })
    })
    return (await response.json()) as Envelope<unknown>
  }
}
