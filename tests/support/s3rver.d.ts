/** The part of s3rver (a local S3 for tests) that the storage contract test uses. */
declare module "s3rver" {
	type Options = { address?: string; port?: number; silent?: boolean; directory?: string; resetOnClose?: boolean };
	export default class S3rver {
		constructor(options: Options);
		run(): Promise<{ address: string; port: number }>;
		close(): Promise<void>;
	}
}
