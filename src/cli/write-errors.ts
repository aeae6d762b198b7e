/** The system's reasons a write fails, in the official's words (the code itself for any other). */
export const WRITE_ERRORS_UK: Record<string, string> = {
  ENOENT: "такої теки немає",
  EACCES: "немає дозволу на запис",
  EPERM: "немає дозволу на запис",
  ENOSPC: "на диску немає місця",
  EROFS: "диск лише для читання",
  EBUSY: "файл зайнятий іншою програмою",
  EISDIR: "це тека",
  ENOTDIR: "частина шляху — не тека",
};
export const WRITE_ERRORS_EN: Record<string, string> = {
  ENOENT: "no such folder",
  EACCES: "no permission to write",
  EPERM: "no permission to write",
  ENOSPC: "the disk is full",
  EROFS: "read-only disk",
  EBUSY: "the file is in use by another program",
  EISDIR: "it is a folder",
  ENOTDIR: "part of the path is not a folder",
};
