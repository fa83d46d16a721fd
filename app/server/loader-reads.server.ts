/**
 * Reads shared by the loaders of one request. A page's layouts and the page itself load in
 * parallel and often need the same thing: the child (with its access check), what its dossier
 * lacks, the documents its houses still require. Each is read once per request instead of once
 * per loader.
 *
 * Only loaders share. A request's action runs before its loaders and may change what they read,
 * so actions always read afresh: React Router gives the loaders that follow an action a GET
 * request of their own (`loaderRequest` in its static handler), and anything but a GET or HEAD
 * request bypasses the cache. The cache lives as long as the request's context.
 */
const readsByRequest = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * `read()` once per request and `key` for loaders (the same promise for each, rejected alike
 * when it throws, so a 404 reaches every loader that asked); a fresh `read()` for actions.
 */
export function sharedLoaderRead<T>(
	args: { request: Request; context: object },
	key: string,
	read: () => Promise<T>,
): Promise<T> {
	if (args.request.method !== "GET" && args.request.method !== "HEAD") return read();
	let reads = readsByRequest.get(args.context);
	if (!reads) {
		reads = new Map();
		readsByRequest.set(args.context, reads);
	}
	let pending = reads.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = read();
		reads.set(key, pending);
	}
	return pending;
}
