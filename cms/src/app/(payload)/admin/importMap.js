import { RequestCancelCell as RequestCancelCell_fd8f7b3a086d2d8eafcf7a16e9f60fff } from '../../../components/catalog/RequestCancelCell.tsx'
import { ExportButton as ExportButton_f6f9e1e21e1d2deb8138ab8b3f713ee2 } from '../../../components/import/ExportButton.tsx'
import { ProposeNewItem as ProposeNewItem_cb5527b5ccbb89621cb61420ca99811d } from '../../../components/catalog/ProposeNewItem.tsx'
import { ClaimsPanel as ClaimsPanel_b68e73cc6d9b12f7064be7cc4cf20963 } from '../../../components/catalog/ClaimsPanel.tsx'
import { QualityFindings as QualityFindings_05a9bbe22f54ac9c032932f9722a3933 } from '../../../components/QualityFindings.tsx'
import { SubmitForReview as SubmitForReview_7dae8b9b7ec36a0e49d9c84e3a736dc4 } from '../../../components/workflow/SubmitForReview.tsx'
import { ReviewDueLink as ReviewDueLink_3c31ee1f10a2e9c7e8d4ef8ca85353b7 } from '../../../components/ReviewDueLink.tsx'
import { LawImpact as LawImpact_336a12ef8504e69447d32eeacc0350e4 } from '../../../components/laws/LawImpact.tsx'
import { UnfilledCell as UnfilledCell_77c26a980241418a6250ad9a5db9502a } from '../../../components/laws/UnfilledCell.tsx'
import { FillRegisterButton as FillRegisterButton_cd6fb951b79a37acc99a4317779f5b7c } from '../../../components/laws/FillRegisterButton.tsx'
import { ImportPanel as ImportPanel_0f0edd69856e979f34c2749e8fd1408e } from '../../../components/import/ImportPanel.tsx'
import { WorkflowPanel as WorkflowPanel_8a6dab6327084ac108d2257a40dcc0c3 } from '../../../components/workflow/WorkflowPanel.tsx'
import { StateCell as StateCell_a50d3152d2dc42f4d6147be6c690c2e0 } from '../../../components/workflow/WorkflowCells.tsx'
import { StateField as StateField_bbc13c0a4476a04433576111d1f660a2 } from '../../../components/workflow/WorkflowFields.tsx'
import { StageCell as StageCell_a50d3152d2dc42f4d6147be6c690c2e0 } from '../../../components/workflow/WorkflowCells.tsx'
import { StageField as StageField_bbc13c0a4476a04433576111d1f660a2 } from '../../../components/workflow/WorkflowFields.tsx'
import { BeijingDateField as BeijingDateField_b1b5122ae205380965c81ab532dc9eef } from '../../../components/fields/BeijingDateField.tsx'
import { WorkflowQueues as WorkflowQueues_3d9b36eba2dbc22fe519deba86a0f17c } from '../../../components/workflow/WorkflowQueues.tsx'
import { RatingSummary as RatingSummary_d4d21336f0b274f23a7ac76d3a214af8 } from '../../../components/RatingSummary.tsx'
import { RepublishButton as RepublishButton_82d2260d1e0f7a1949b764e1d0ae9235 } from '../../../collections/Publications/RepublishButton.tsx'
import { ReadAllButton as ReadAllButton_64fb3d67712e1ba501caa6b9db319fce } from '../../../collections/Notifications/ReadAllButton.tsx'
import { OnboardingPanel as OnboardingPanel_84116901dc5a34fa38e52bfb6feea0dc } from '../../../components/organization/OnboardingPanel.tsx'
import { Icon as Icon_47a4c5317b0906841e8de6309ccc6fd0 } from '../../../components/branding/Logo.tsx'
import { Logo as Logo_47a4c5317b0906841e8de6309ccc6fd0 } from '../../../components/branding/Logo.tsx'
import { RoleDashboard as RoleDashboard_a96674db38a2459ea196e6a17a41de72 } from '../../../components/dashboard/RoleDashboard.tsx'
import { UnreadNotices as UnreadNotices_d6080633bfb62670793c83fdaeb031a5 } from '../../../components/notifications/UnreadNotices.tsx'
import { OversightNavLink as OversightNavLink_c1c5314aca37b24898c1334816846d3b } from '../../../components/oversight/OversightNavLink.tsx'
import { DivergenceLink as DivergenceLink_1ebcef1725b214fdb2fb6fc79d4c4b3d } from '../../../components/oversight/DivergenceLink.tsx'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { OversightView as OversightView_5ce0fa5de36c8cc2967d3885c9be8117 } from '../../../components/oversight/OversightView.tsx'
import { OversightBulletinView as OversightBulletinView_b45fc98e758760b04ca341d86da48528 } from '../../../components/oversight/OversightBulletinView.tsx'
import { DivergenceView as DivergenceView_e16d8d17f48e597f949fedf456e3d9ec } from '../../../components/oversight/DivergenceView.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/catalog/RequestCancelCell.tsx#RequestCancelCell": RequestCancelCell_fd8f7b3a086d2d8eafcf7a16e9f60fff,
  "/components/import/ExportButton.tsx#ExportButton": ExportButton_f6f9e1e21e1d2deb8138ab8b3f713ee2,
  "/components/catalog/ProposeNewItem.tsx#ProposeNewItem": ProposeNewItem_cb5527b5ccbb89621cb61420ca99811d,
  "/components/catalog/ClaimsPanel.tsx#ClaimsPanel": ClaimsPanel_b68e73cc6d9b12f7064be7cc4cf20963,
  "/components/QualityFindings.tsx#QualityFindings": QualityFindings_05a9bbe22f54ac9c032932f9722a3933,
  "/components/workflow/SubmitForReview.tsx#SubmitForReview": SubmitForReview_7dae8b9b7ec36a0e49d9c84e3a736dc4,
  "/components/ReviewDueLink.tsx#ReviewDueLink": ReviewDueLink_3c31ee1f10a2e9c7e8d4ef8ca85353b7,
  "/components/laws/LawImpact.tsx#LawImpact": LawImpact_336a12ef8504e69447d32eeacc0350e4,
  "/components/laws/UnfilledCell.tsx#UnfilledCell": UnfilledCell_77c26a980241418a6250ad9a5db9502a,
  "/components/laws/FillRegisterButton.tsx#FillRegisterButton": FillRegisterButton_cd6fb951b79a37acc99a4317779f5b7c,
  "/components/import/ImportPanel.tsx#ImportPanel": ImportPanel_0f0edd69856e979f34c2749e8fd1408e,
  "/components/workflow/WorkflowPanel.tsx#WorkflowPanel": WorkflowPanel_8a6dab6327084ac108d2257a40dcc0c3,
  "/components/workflow/WorkflowCells.tsx#StateCell": StateCell_a50d3152d2dc42f4d6147be6c690c2e0,
  "/components/workflow/WorkflowFields.tsx#StateField": StateField_bbc13c0a4476a04433576111d1f660a2,
  "/components/workflow/WorkflowCells.tsx#StageCell": StageCell_a50d3152d2dc42f4d6147be6c690c2e0,
  "/components/workflow/WorkflowFields.tsx#StageField": StageField_bbc13c0a4476a04433576111d1f660a2,
  "/components/fields/BeijingDateField.tsx#BeijingDateField": BeijingDateField_b1b5122ae205380965c81ab532dc9eef,
  "/components/workflow/WorkflowQueues.tsx#WorkflowQueues": WorkflowQueues_3d9b36eba2dbc22fe519deba86a0f17c,
  "/components/RatingSummary.tsx#RatingSummary": RatingSummary_d4d21336f0b274f23a7ac76d3a214af8,
  "/collections/Publications/RepublishButton.tsx#RepublishButton": RepublishButton_82d2260d1e0f7a1949b764e1d0ae9235,
  "/collections/Notifications/ReadAllButton.tsx#ReadAllButton": ReadAllButton_64fb3d67712e1ba501caa6b9db319fce,
  "/components/organization/OnboardingPanel.tsx#OnboardingPanel": OnboardingPanel_84116901dc5a34fa38e52bfb6feea0dc,
  "/components/branding/Logo.tsx#Icon": Icon_47a4c5317b0906841e8de6309ccc6fd0,
  "/components/branding/Logo.tsx#Logo": Logo_47a4c5317b0906841e8de6309ccc6fd0,
  "/components/dashboard/RoleDashboard.tsx#RoleDashboard": RoleDashboard_a96674db38a2459ea196e6a17a41de72,
  "/components/notifications/UnreadNotices.tsx#UnreadNotices": UnreadNotices_d6080633bfb62670793c83fdaeb031a5,
  "/components/oversight/OversightNavLink.tsx#OversightNavLink": OversightNavLink_c1c5314aca37b24898c1334816846d3b,
  "/components/oversight/DivergenceLink.tsx#DivergenceLink": DivergenceLink_1ebcef1725b214fdb2fb6fc79d4c4b3d,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/oversight/OversightView.tsx#OversightView": OversightView_5ce0fa5de36c8cc2967d3885c9be8117,
  "/components/oversight/OversightBulletinView.tsx#OversightBulletinView": OversightBulletinView_b45fc98e758760b04ca341d86da48528,
  "/components/oversight/DivergenceView.tsx#DivergenceView": DivergenceView_e16d8d17f48e597f949fedf456e3d9ec,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
