import { ExportButton as ExportButton_f6f9e1e21e1d2deb8138ab8b3f713ee2 } from '../../../components/import/ExportButton.tsx'
import { ClaimsPanel as ClaimsPanel_b68e73cc6d9b12f7064be7cc4cf20963 } from '../../../components/catalog/ClaimsPanel.tsx'
import { QualityFindings as QualityFindings_05a9bbe22f54ac9c032932f9722a3933 } from '../../../components/QualityFindings.tsx'
import { ReviewDueLink as ReviewDueLink_3c31ee1f10a2e9c7e8d4ef8ca85353b7 } from '../../../components/ReviewDueLink.tsx'
import { ImportPanel as ImportPanel_0f0edd69856e979f34c2749e8fd1408e } from '../../../components/import/ImportPanel.tsx'
import { WorkflowPanel as WorkflowPanel_8a6dab6327084ac108d2257a40dcc0c3 } from '../../../components/workflow/WorkflowPanel.tsx'
import { StateCell as StateCell_a50d3152d2dc42f4d6147be6c690c2e0 } from '../../../components/workflow/WorkflowCells.tsx'
import { StateField as StateField_bbc13c0a4476a04433576111d1f660a2 } from '../../../components/workflow/WorkflowFields.tsx'
import { StageCell as StageCell_a50d3152d2dc42f4d6147be6c690c2e0 } from '../../../components/workflow/WorkflowCells.tsx'
import { StageField as StageField_bbc13c0a4476a04433576111d1f660a2 } from '../../../components/workflow/WorkflowFields.tsx'
import { WorkflowQueues as WorkflowQueues_3d9b36eba2dbc22fe519deba86a0f17c } from '../../../components/workflow/WorkflowQueues.tsx'
import { RatingSummary as RatingSummary_d4d21336f0b274f23a7ac76d3a214af8 } from '../../../components/RatingSummary.tsx'
import { RepublishButton as RepublishButton_82d2260d1e0f7a1949b764e1d0ae9235 } from '../../../collections/Publications/RepublishButton.tsx'
import { ReadAllButton as ReadAllButton_64fb3d67712e1ba501caa6b9db319fce } from '../../../collections/Notifications/ReadAllButton.tsx'
import { OnboardingPanel as OnboardingPanel_84116901dc5a34fa38e52bfb6feea0dc } from '../../../components/organization/OnboardingPanel.tsx'
import { Icon as Icon_47a4c5317b0906841e8de6309ccc6fd0 } from '../../../components/branding/Logo.tsx'
import { Logo as Logo_47a4c5317b0906841e8de6309ccc6fd0 } from '../../../components/branding/Logo.tsx'
import { UnreadNotices as UnreadNotices_d6080633bfb62670793c83fdaeb031a5 } from '../../../components/notifications/UnreadNotices.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/import/ExportButton.tsx#ExportButton": ExportButton_f6f9e1e21e1d2deb8138ab8b3f713ee2,
  "/components/catalog/ClaimsPanel.tsx#ClaimsPanel": ClaimsPanel_b68e73cc6d9b12f7064be7cc4cf20963,
  "/components/QualityFindings.tsx#QualityFindings": QualityFindings_05a9bbe22f54ac9c032932f9722a3933,
  "/components/ReviewDueLink.tsx#ReviewDueLink": ReviewDueLink_3c31ee1f10a2e9c7e8d4ef8ca85353b7,
  "/components/import/ImportPanel.tsx#ImportPanel": ImportPanel_0f0edd69856e979f34c2749e8fd1408e,
  "/components/workflow/WorkflowPanel.tsx#WorkflowPanel": WorkflowPanel_8a6dab6327084ac108d2257a40dcc0c3,
  "/components/workflow/WorkflowCells.tsx#StateCell": StateCell_a50d3152d2dc42f4d6147be6c690c2e0,
  "/components/workflow/WorkflowFields.tsx#StateField": StateField_bbc13c0a4476a04433576111d1f660a2,
  "/components/workflow/WorkflowCells.tsx#StageCell": StageCell_a50d3152d2dc42f4d6147be6c690c2e0,
  "/components/workflow/WorkflowFields.tsx#StageField": StageField_bbc13c0a4476a04433576111d1f660a2,
  "/components/workflow/WorkflowQueues.tsx#WorkflowQueues": WorkflowQueues_3d9b36eba2dbc22fe519deba86a0f17c,
  "/components/RatingSummary.tsx#RatingSummary": RatingSummary_d4d21336f0b274f23a7ac76d3a214af8,
  "/collections/Publications/RepublishButton.tsx#RepublishButton": RepublishButton_82d2260d1e0f7a1949b764e1d0ae9235,
  "/collections/Notifications/ReadAllButton.tsx#ReadAllButton": ReadAllButton_64fb3d67712e1ba501caa6b9db319fce,
  "/components/organization/OnboardingPanel.tsx#OnboardingPanel": OnboardingPanel_84116901dc5a34fa38e52bfb6feea0dc,
  "/components/branding/Logo.tsx#Icon": Icon_47a4c5317b0906841e8de6309ccc6fd0,
  "/components/branding/Logo.tsx#Logo": Logo_47a4c5317b0906841e8de6309ccc6fd0,
  "/components/notifications/UnreadNotices.tsx#UnreadNotices": UnreadNotices_d6080633bfb62670793c83fdaeb031a5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
