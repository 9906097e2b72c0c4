import { ValidationError, type CollectionBeforeOperationHook } from 'payload';
import { acceptedText, kindByContent, kindByExtension, maxUploadBytes } from '../fileKinds.ts';

function refuse(message: string, req: Parameters<CollectionBeforeOperationHook>[0]['req']): never {
  throw new ValidationError({ collection: 'media', errors: [{ path: 'file', label: '文件', message }], req }, req.t);
}

/**
 * Runs before Payload touches the file: too large, an unaccepted kind, or content that does not
 * match the name (a PNG renamed to .pdf) are refused with a message naming the file and the rule.
 */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const file = req.file;
  if (!file) return args;
  const size = file.size ?? file.data?.length ?? 0;
  if (size > maxUploadBytes) {
    const mb = (size / 1024 / 1024).toFixed(1);
    refuse(`文件“${file.name}”大小为 ${mb} MB，超过上限 ${maxUploadBytes / 1024 / 1024} MB，请压缩或拆分后上传`, req);
  }
  const declared = kindByExtension(file.name);
  if (!declared) refuse(`文件“${file.name}”的类型不被接受，可接受：${acceptedText}`, req);
  const actual = file.data ? kindByContent(file.data.subarray(0, 16)) : undefined;
  if (file.data && !declared.matches(file.data.subarray(0, 16))) {
    const found = actual ? `实际是${actual.label}` : '无法识别为任何可接受的格式';
    refuse(`文件“${file.name}”的扩展名表示${declared.label}，但内容${found}，请上传真实的${declared.label}（可接受：${acceptedText}）`, req);
  }
  return args;
};
