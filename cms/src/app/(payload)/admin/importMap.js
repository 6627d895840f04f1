import { NoDiff as NoDiff_3d295a31d3db1c6e23727361f5bafe70 } from '../../../review/admin/NoDiff'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { ReferredTo as ReferredTo_efac2eafe712bc635747b45f85009a39 } from '../../../figures/admin/ReferredTo'
import { WillChangeList as WillChangeList_06398c48cefe31e1fe071f4c99868f2b } from '../../../figures/admin/WillChangeList'
import { ScheduledNote as ScheduledNote_109c98132d01a47741a8adb8cee4b70d } from '../../../review/admin/ScheduledNote'
import { ScheduledCell as ScheduledCell_4d3624a9cb5c179bb74b3d85a49e1db0 } from '../../../review/admin/ScheduledCell'
import { ContributorNote as ContributorNote_3cfe5c997fe4134b2b7e3df0240d5903 } from '../../../components/ContributorNote'
import { AbandonedCreate as AbandonedCreate_cd5425226ff6805b48797b4bf5f89d55 } from '../../../components/AbandonedCreate'
import { FigureWarnings as FigureWarnings_48d76a75bbd8bdca0ce52c81cc452ce9 } from '../../../figures/admin/FigureWarnings'
import { AsOfCell as AsOfCell_320ce1b17313afc100651b818851f2e9 } from '../../../components/staleFigures/AsOfCell'
import { StaleFiguresLink as StaleFiguresLink_c3ec98df2d5acd1b94e6943125871a54 } from '../../../components/staleFigures/StaleFiguresLink'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReadersSee as ReadersSee_50d75617669dab73c5406629bdd3fde2 } from '../../../figures/admin/ReadersSee'
import { FigureChip as FigureChip_d8d50d55a1dca8177c3a0b7099bcd299 } from '../../../figures/admin/FigureChip'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PublishRelease as PublishRelease_000843bb72514e4acb926824f84e0827 } from '../../../releases/admin/PublishRelease'
import { Redeliver as Redeliver_cfc12685939c753257d7c7ee8df364f5 } from '../../../webhooks/admin/Redeliver'
import { NeedsAttention as NeedsAttention_44c5d4c63478b3da10c0924f671b6a24 } from '../../../review/admin/NeedsAttention'
import { UnrenderableContent as UnrenderableContent_d48250e008fa0f0f90761aae1ba9cdfd } from '../../../components/UnrenderableContent'
import { FigureMismatches as FigureMismatches_e3bc4c5294d2a3c71ba153832977b030 } from '../../../figures/admin/FigureMismatches'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/review/admin/NoDiff#NoDiff": NoDiff_3d295a31d3db1c6e23727361f5bafe70,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "/figures/admin/ReferredTo#ReferredTo": ReferredTo_efac2eafe712bc635747b45f85009a39,
  "/figures/admin/WillChangeList#WillChangeList": WillChangeList_06398c48cefe31e1fe071f4c99868f2b,
  "/review/admin/ScheduledNote#ScheduledNote": ScheduledNote_109c98132d01a47741a8adb8cee4b70d,
  "/review/admin/ScheduledCell#ScheduledCell": ScheduledCell_4d3624a9cb5c179bb74b3d85a49e1db0,
  "/components/ContributorNote#ContributorNote": ContributorNote_3cfe5c997fe4134b2b7e3df0240d5903,
  "/components/AbandonedCreate#AbandonedCreate": AbandonedCreate_cd5425226ff6805b48797b4bf5f89d55,
  "/figures/admin/FigureWarnings#FigureWarnings": FigureWarnings_48d76a75bbd8bdca0ce52c81cc452ce9,
  "/components/staleFigures/AsOfCell#AsOfCell": AsOfCell_320ce1b17313afc100651b818851f2e9,
  "/components/staleFigures/StaleFiguresLink#StaleFiguresLink": StaleFiguresLink_c3ec98df2d5acd1b94e6943125871a54,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/figures/admin/ReadersSee#ReadersSee": ReadersSee_50d75617669dab73c5406629bdd3fde2,
  "/figures/admin/FigureChip#FigureChip": FigureChip_d8d50d55a1dca8177c3a0b7099bcd299,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/releases/admin/PublishRelease#PublishRelease": PublishRelease_000843bb72514e4acb926824f84e0827,
  "/webhooks/admin/Redeliver#Redeliver": Redeliver_cfc12685939c753257d7c7ee8df364f5,
  "/review/admin/NeedsAttention#NeedsAttention": NeedsAttention_44c5d4c63478b3da10c0924f671b6a24,
  "/components/UnrenderableContent#UnrenderableContent": UnrenderableContent_d48250e008fa0f0f90761aae1ba9cdfd,
  "/figures/admin/FigureMismatches#FigureMismatches": FigureMismatches_e3bc4c5294d2a3c71ba153832977b030,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
