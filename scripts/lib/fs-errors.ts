// File-system errors in words a person can act on, in both languages. The CLI turns every path it
// cannot read into an `unreadable` row with one of these reasons instead of stopping the run.

const REASONS: Record<string, string> = {
	ENOENT: '文件或目录不存在 / no such file or directory',
	EACCES: '没有访问权限 / permission denied',
	EPERM: '没有访问权限 / permission denied',
	EROFS: '文件系统只读 / read-only file system',
	ENOSPC: '磁盘空间不足 / no space left on device',
	EEXIST: '已存在同名文件 / a file of that name exists',
	ENAMETOOLONG: '路径超过系统允许的长度 / the path is longer than the system allows',
	ELOOP: '符号链接循环 / symbolic link loop',
	ENOTDIR: '路径中有一段不是目录 / a part of the path is not a directory',
	EISDIR: '这是一个目录 / this is a directory',
	EIO: '磁盘读取错误 / input/output error',
	EMFILE: '同时打开的文件过多 / too many open files',
	ENFILE: '同时打开的文件过多 / too many open files',
	EBUSY: '文件被占用 / the file is busy',
	EINVAL: '无效的路径 / invalid path'
};

export const errorCode = (error: unknown): string =>
	typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';

/** A bilingual reason for a failed file-system call; unknown codes keep the system's own words. */
export function describeFsError(error: unknown): string {
	const reason = REASONS[errorCode(error)];
	if (reason) return reason;
	const why = error instanceof Error ? error.message : String(error);
	return `文件系统错误 / file-system error: ${why}`;
}

export const SYMLINK_LOOP = REASONS.ELOOP;
