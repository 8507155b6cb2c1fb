/**
 * Référentiel of the « Mention complémentaire de niveau 4 Services numériques aux organisations »,
 * transcribed from the official text (annexes I–IV, and the PFMP durations of annexe V).
 *
 * Version id: the text gives no year for its arrêté or first session (the only date is that of the
 * circulaire 2016-053 on PFMP), hence `mc-sno-v1`.
 *
 * Transcription rules:
 * - Wording, accents, guillemets (« » with ordinary spaces, as in the text) and apostrophes (') are
 *   the text's; markdown/HTML emphasis is dropped (*Web* → Web, <i>cloud</i> → cloud).
 * - Competence titles, detailed competences, savoirs associés, résultats attendus and critères
 *   d'évaluation come from the annexe III tables (one string per <p>/<li> of the table cell). When the
 *   text words something differently elsewhere (annexe I, annexe II, the annexe III summary list), the
 *   table wins; the variants are noted below.
 * - Résultats attendus: the lead-in sentence is kept as the first item, with its colon; the bullets
 *   follow with their list punctuation (` ;` / `.`) as written.
 * - Labels extracted from a running list (transversal competences, CCF situation and ponctuel phase
 *   titles, the capitalised candidate statuses of annexe IV.b) are written in sentence case, without
 *   the list punctuation.
 */
import type { Referential } from '../types.js';

export const mcSnoV1: Referential = {
  version: 'mc-sno-v1',
  title: 'Mention complémentaire de niveau 4 spécialité « Services numériques aux organisations »',
  blocks: [
    {
      code: 'B1',
      title: "Contribuer à la présence en ligne de l'organisation",
      pole: {
        code: '1',
        title: "Contribution à la présence en ligne de l'organisation",
        activities: [
          {
            code: '1.1',
            title: "Participation à la mise en place et à l'actualisation d'un site Web",
            tasks: [
              "Recueil des besoins de l'organisation",
              "Actualisation des informations publiées sur le site Web de l'organisation",
              'Participation au développement ou à la mise à jour du site Web en mobilisant des outils de création Web simples et de gestion de contenus en tenant compte de la réglementation',
            ],
          },
          {
            code: '1.2',
            title:
              "Participation à la valorisation de la présence de l'organisation sur les médias sociaux",
            tasks: [
              "Mise en ligne de contenus conformes à l'image de l'organisation",
              'Suivi et optimisation du référencement',
              "Surveillance de l'e-réputation de l'organisation",
            ],
          },
          {
            code: '1.3',
            title: 'Collaboration en mode projet',
            tasks: [
              "Participation à la définition du cahier des charges d'un projet",
              'Organisation documentaire du projet',
              "Mobilisation d'outils de gestion pour le suivi de projets",
              "Communication dans le cadre d'un projet",
            ],
          },
        ],
      },
      unit: 'U1',
      competences: [
        {
          code: 'C1.1',
          title: "Participer à la mise en place et à l'actualisation d'un site Web",
          activity: '1.1',
          context:
            "La compétence est mise en œuvre dans le cadre d'activités de mise en place et d'actualisation d'un site Web qui peut être un site d'information, un site marchand ou encore un intranet.",
          detailed: [
            { code: 'C1.1.1', label: "Recueillir les besoins de l'organisation" },
            {
              code: 'C1.1.2',
              label: "Actualiser les informations publiées sur le site Web de l'organisation",
            },
            {
              code: 'C1.1.3',
              label:
                'Participer au développement ou à la mise à jour du site Web en mobilisant des outils de création Web simples et de gestion de contenu en tenant compte de la réglementation',
            },
          ],
          knowledge: [
            'Méthodologie de recueil des besoins',
            'Concepts du Web : lien hypertexte, URL, domaine, principaux protocoles, modèles client-serveur, langages',
            // One item split over two <p> in the converted text.
            "Nom de domaine : formalisme, organismes d'attribution et de gestion, conflits et résolution",
            'Charte graphique et identité visuelle',
            'Outils de gestion de contenu : typologie des services et administration',
            'Éditeur Web : typologie des fonctionnalités',
            'Informatique en nuage (cloud) : principes, type de services offerts, coûts',
            'Système de gestion de bases de données relationnelles : définition, fonctionnalités',
            "Concepts de base de données relationnelle : schéma relationnel, principes d'interrogation",
            "Responsabilité de l'éditeur et de l'hébergeur du site Web",
            "Mentions légales et conditions générales d'utilisation d'un site Web",
            'Droit relatif aux libertés individuelles, aux données personnelles (RGPD)',
            "Droit relatif à l'image et à la propriété intellectuelle",
          ],
          // Annexe III wording (annexe II has « la procédure pour l'actualisation » and « liés »).
          expectedResults: [
            "La participation à la mise en place et à l'actualisation du site Web respecte les pratiques de l'organisation :",
            "les besoins sont recueillis de manière pertinente, en respectant la méthode de l'organisation ;",
            "la procédure d'actualisation du site est respectée ;",
            'la mise à jour du site est conforme aux besoins et respecte les spécifications techniques et le cadre réglementaire liées à son développement.',
          ],
          criteria: [
            'Pertinence du recueil des besoins',
            'Maîtrise des fonctionnalités de base des outils de création Web simples et de gestion de contenu',
            "Respect de la procédure d'actualisation des données sur le site Web",
            'Cohérence entre les techniques, les outils mobilisés, les contenus et les moyens de diffusion',
            'Respect de la réglementation en vigueur dans les publications et la collecte de données',
          ],
        },
        {
          code: 'C1.2',
          title:
            "Participer à la valorisation de la présence de l'organisation sur les médias sociaux",
          activity: '1.2',
          context:
            "La compétence est mise en œuvre dans le cadre du développement de la présence en ligne de l'organisation, sur des médias sociaux tant professionnels que grand public.",
          detailed: [
            {
              code: 'C1.2.1',
              label: "Mettre en ligne des contenus conformes à l'image de l'organisation",
            },
            { code: 'C1.2.2', label: 'Suivre et optimiser le référencement' },
            { code: 'C1.2.3', label: "Surveiller l'e-réputation de l'organisation" },
          ],
          knowledge: [
            'Communication professionnelle (règles, éthique, enjeux)',
            'Médias sociaux : définition, typologie, usages, gestion des comptes, modèles économiques',
            'Identité numérique',
            'E-réputation : image de marque et marque employeur',
            'Référencement : principes et outils',
            'Indicateurs de la satisfaction utilisateurs',
            "Mesures d'audience d'un service en ligne",
            'Contenus multimédias : typologie, logiciels de production associés (dessin, vidéo, son), portabilité, accessibilité',
          ],
          // Annexe III wording (annexe II has « conformes à l'image de l'organisation »).
          expectedResults: [
            "La participation à la valorisation de l'image de la structure sur les médias sociaux est conforme à la politique de communication de l'organisation :",
            "les contenus numériques mis en place sont conformes à l'image de l'entreprise et adaptés à la cible ;",
            "la présence en ligne est conforme aux objectifs de l'organisation ;",
            "l'e-réputation est au service de la politique de communication ;",
            "les outils mis en place sont cohérents avec le projet global des différents métiers de l'organisation ;",
            "la satisfaction de l'expérience clients ou usagers est collectée et transmise au service chargé de son évaluation ;",
            "la communication est conforme aux attentes, à la réglementation et à l'éthique professionnelle.",
          ],
          criteria: [
            "Pertinence des contenus numériques selon les médias sociaux en respectant la réglementation et l'éthique",
            "Qualité du suivi et de l'optimisation du référencement",
            "Efficacité de la veille informationnelle sur l'organisation",
            'Qualité de la restitution du recueil de la satisfaction des utilisateurs et des internautes',
          ],
        },
        {
          code: 'C1.3',
          title: 'Collaborer en mode projet',
          activity: '1.3',
          context:
            "La compétence est mise en œuvre dans le cadre de la réalisation d'un projet numérique en lien avec l'activité de l'organisation.",
          detailed: [
            {
              code: 'C1.3.1',
              label: "Participer à la définition du cahier des charges d'un projet",
            },
            { code: 'C1.3.2', label: 'Organiser la documentation du projet' },
            { code: 'C1.3.3', label: "Mobiliser des outils de gestion pour le suivi d'un projet" },
            { code: 'C1.3.4', label: "Communiquer dans le cadre d'un projet" },
          ],
          knowledge: [
            'Projet : typologie, acteurs, démarches, cahier des charges, livrables',
            'Outils de planification et de suivi de projet',
            "Évaluation d'un projet : méthodologie et outils",
            'Travail collaboratif : définition, modalités, communication, organisation, outils',
          ],
          expectedResults: [
            'La collaboration en mode projet est efficiente et agile :',
            // The table ends this item with « : » where the others have « ; » (annexe II has « ; »): kept as written.
            "la participation à la définition du cahier des charges d'un projet, notamment les objectifs et les modalités organisationnelles, est pertinente :",
            'la participation est efficace et contribue à la faisabilité du projet ;',
            'la documentation est organisée, sécurisée et disponible (espace commun de gestion électronique des documents, arborescence et modèles de document, etc.) ;',
            'un outil de gestion de projet est utilisé de façon pertinente pour la planification, la collaboration et le suivi du projet ;',
            'la communication respecte les modalités du travail collaboratif ;',
            "la participation à l'évaluation permet de réaliser un bilan pertinent et l'émergence de mesures correctives.",
          ],
          criteria: [
            'Pertinence de la participation à la définition du cahier des charges',
            "Fiabilité de l'organisation et de l'accès à la base documentaire",
            'Maîtrise des fonctionnalités de base des outils de gestion de projet',
            'Fiabilité du suivi de la planification du projet',
            'Qualité de la communication écrite et orale avec les acteurs du projet',
            'Fiabilité des informations communiquées et des notifications',
          ],
        },
      ],
    },
    {
      code: 'B2',
      title: 'Participer à la gestion des services logiciels',
      pole: {
        code: '2',
        title: 'Participation à la gestion des services logiciels',
        activities: [
          {
            code: '2.1',
            title: 'Participation à la gestion des outils et applications numériques « métier »',
            tasks: [
              'Participation à la gestion du parc applicatif',
              'Administration des outils et applications numériques « métier »',
            ],
          },
          {
            code: '2.2',
            title: 'Participation à la gestion des outils bureautiques, collaboratifs et nomades',
            tasks: [
              'Stockage, organisation, partage et diffusion des ressources',
              'Participation aux traitements de données pour les analyser et les interpréter',
              'Soutien au travail collaboratif et à distance',
            ],
          },
          {
            code: '2.3',
            title: "Contribution à la sécurité du système d'information de l'organisation",
            tasks: [
              'Participation à la mise en place de procédures de sécurité numérique',
              "Gestion des profils utilisateur et des autorisations d'accès",
            ],
          },
        ],
      },
      unit: 'U2',
      competences: [
        {
          code: 'C2.1',
          title: 'Participer à la gestion des outils et applications numériques « métier »',
          activity: '2.1',
          context:
            "La compétence est mise en œuvre dans le cadre de la gestion des solutions numériques « métier ». Il s'agit le plus souvent d'applications d'arrière-boutique (back office) offrant des services dans les différents domaines de la gestion (par exemple comptabilité, gestion des ressources humaines, commercial, approvisionnement).",
          detailed: [
            { code: 'C2.1.1', label: 'Participer à la gestion du parc applicatif' },
            {
              code: 'C2.1.2',
              label: 'Administrer les outils et applications numériques « métier »',
            },
          ],
          knowledge: [
            "Système d'information : définition, composantes",
            'Processus : typologie, cartographie, représentation',
            "Applications numériques « métier » : typologie, services rendus, droits d'accès et profils utilisateur",
            'Architecture applicative : définition, implémentations',
          ],
          expectedResults: [
            'La participation à la gestion des outils et applications numériques « métier » est efficace et pertinente :',
            'le parc applicatif est géré en cohérence avec les besoins des processus ;',
            'les solutions mises à la disposition des collaborateurs sont administrées en fonction des usages.',
          ],
          criteria: [
            'Exhaustivité de la cartographie des éléments du parc applicatif et des habilitations',
            'Traçabilité et pertinence des interventions',
            "Rigueur d'application des droits et dans la gestion des profils",
            'Cohérence des droits et profils attribués selon les habilitations',
          ],
        },
        {
          code: 'C2.2',
          title: 'Participer à la gestion des outils bureautiques, collaboratifs et nomades',
          activity: '2.2',
          context:
            'La compétence est mise en œuvre dans le cadre de la gestion des outils bureautiques, collaboratifs et nomades.',
          detailed: [
            { code: 'C2.2.1', label: 'Stocker, organiser, partager et diffuser des documents' },
            {
              code: 'C2.2.2',
              label: 'Participer aux traitements de données pour les analyser et les interpréter',
            },
            { code: 'C2.2.3', label: 'Soutenir le travail collaboratif et à distance' },
          ],
          knowledge: [
            "Gestion de documents : nommage, métadonnées et indexation, organisation et support de stockage, droits d'accès",
            'Numérisation des documents : principes, outils',
            'Modèles de documents',
            "Traitement d'informations chiffrées : tableur, tableaux et graphiques, traitement statistique, données massives, données ouvertes",
            'Travail et outils collaboratifs : caractéristiques et mise en œuvre (administration et exploitation)',
            'Règles juridiques de conservation des documents',
            'Localisation des ressources et droit applicable',
          ],
          expectedResults: [
            "La participation à la gestion des outils bureautiques, collaboratifs et nomades répond aux besoins de l'organisation et des collaborateurs :",
            "le stockage, l'organisation, le partage et la diffusion des documents numériques permettent le bon déroulement des processus « métier » et le travail collaboratif ;",
            'le traitement des données répond aux besoins formulés par les collaborateurs ;',
            "le soutien au travail collaboratif et à distance répond aux besoins des utilisateurs et respecte les règles de l'organisation, notamment en matière de sécurité.",
          ],
          criteria: [
            "Fiabilité et pertinence de l'organisation des documents",
            'Diffusion des documents dans le respect des règles de partage',
            'Respect du cadre réglementaire pour le stockage des documents',
            'Cohérence du traitement des données selon les besoins des collaborateurs',
            'Clarté et pertinence des modalités de communication',
            'Clarté et cohérence du soutien au travail collaboratif et à distance selon les besoins des utilisateurs',
            "Respect des règles de l'organisation dans le cadre du soutien au travail collaboratif et à distance",
          ],
        },
        {
          code: 'C2.3',
          title: "Contribuer à la sécurité du système d'information de l'organisation",
          activity: '2.3',
          context:
            "La compétence est mise en œuvre dans le cadre de la contribution à la sécurité du système d'information de l'organisation.",
          detailed: [
            {
              code: 'C2.3.1',
              // « en place en place » is a typo of the official text (annexe III, both in the summary
              // list and in the table); kept as written. Activity 2.3 reads « mise en place de procédures ».
              label: 'Participer à la mise en place en place de procédures de sécurité numérique',
            },
            {
              code: 'C2.3.2',
              label: "Gérer les profils utilisateur et les autorisations d'accès",
            },
          ],
          knowledge: [
            "Sécurité du système d'information : définition, procédures et technologies, gestion des habilitations",
            "Typologie des risques de cyberattaque pour l'organisation",
            'Logiciels de prévention et de protection : typologie et fonctionnalités',
            'Sauvegarde et restauration : typologie, supports, procédures, techniques',
            'Réglementation en matière de lutte contre la fraude informatique',
            'Organisations de lutte contre la cybercriminalité',
          ],
          // Annexe III wording (annexe II has « accessibles aux utilisateurs »).
          expectedResults: [
            "La contribution à la sécurité du système d'information de la structure est conforme à la politique de sécurité de l'organisation :",
            "les procédures sécurité du système d'information sont rédigées et accessibles aux usagers ;",
            "la gestion des profils utilisateur et des autorisations d'accès est réalisée en continu, conformément aux besoins ;",
            "les interventions permettent de préserver l'intégrité informatique et informationnelle de l'organisation.",
          ],
          criteria: [
            'Clarté et diffusion des procédures de sécurité numérique',
            "Efficience de la gestion des profils utilisateur et des autorisations d'accès",
            'Respect des procédures de sécurité numérique lors des interventions',
          ],
        },
      ],
    },
    {
      code: 'B3',
      title: 'Accompagner les utilisateurs aux usages du numérique',
      pole: {
        code: '3',
        title: 'Accompagnement des utilisateurs aux usages du numérique',
        activities: [
          {
            code: '3.1',
            title:
              'Soutien aux utilisateurs dans les usages des applications et services numériques',
            tasks: [
              "Création, organisation et diffusion de ressources d'accompagnement",
              'Prise en charge du support de premier niveau aux utilisateurs',
              "Mise en place d'une veille professionnelle et technologique",
            ],
          },
          {
            code: '3.2',
            title:
              'Sensibilisation des utilisateurs à la sécurité informatique et à la protection des données à caractère personnel',
            tasks: [
              "Formation des utilisateurs aux règles d'hygiène numérique afin de concourir à la cybersécurité",
              "Participation au recensement des traitements sur les données à caractère personnel au sein de l'organisation en référence notamment au règlement général sur la protection de données (RGPD)",
            ],
          },
          {
            code: '3.3',
            title: "Exploitation d'une documentation technique en langue anglaise",
            tasks: [
              "Adaptation en langue française d'une documentation technique rédigée en langue anglaise",
              'Adaptation en langue française de ressources multimédias en langue anglaise',
            ],
          },
        ],
      },
      unit: 'U3',
      competences: [
        {
          code: 'C3.1',
          // Annexe III wording; annexe I and the E3 definition have « dans les usages des applications ».
          title: "Soutenir les utilisateurs dans les usages d'applications et services numériques",
          activity: '3.1',
          context:
            "La compétence est mise en œuvre dans le cadre d'activités de support aux utilisateurs, dans leur diversité par la prise en compte des préoccupations d'accessibilité. Elle est mobilisée dans des contextes de travail, ouverts et évolutifs, qui nécessitent de mener une veille informationnelle et technologique.",
          detailed: [
            {
              code: 'C3.1.1',
              label: "Créer, organiser et diffuser des ressources d'accompagnement",
            },
            { code: 'C3.1.2', label: 'Assurer le support de premier niveau aux utilisateurs' },
            {
              code: 'C3.1.3',
              label: 'Mettre en place une veille professionnelle et technologique',
            },
          ],
          knowledge: [
            'Gestion de ressources : nommage, métadonnées, indexation, organisation et support de stockage',
            'Contenus multimédias : typologie, logiciels de production associés (dessin, vidéo, son), portabilité, accessibilité',
            "Typologie des ressources d'accompagnement : tutoriels, bases de connaissances, aide en ligne",
            "Veille : enjeux, sources d'information, qualité de l'information, outils",
            'Support aux utilisateurs : enjeux, acteurs, démarches, suivi et outils',
          ],
          // Annexe III has one more item than annexe II (« le suivi des incidents… »).
          expectedResults: [
            "L'accompagnement des utilisateurs aux usages est opérationnel et efficient :",
            "les ressources d'accompagnement aux utilisateurs sont à jour et disponibles ;",
            "l'organisation de l'assistance aux utilisateurs répond aux besoins de la structure ;",
            'la résolution des problèmes techniques simples est assurée ;',
            'le suivi des incidents est documenté et enrichit la base de connaissances ;',
            'la veille professionnelle et technologique est opérationnelle.',
          ],
          criteria: [
            "Efficience des ressources d'accompagnement et de leur mise à disposition",
            'Qualité du suivi du support aux utilisateurs',
            "Qualité et conformité de la prise en charge de l'incident",
            "Qualité du compte-rendu d'incident",
            'Maîtrise des outils et pertinence de la veille professionnelle et technologique',
          ],
        },
        {
          code: 'C3.2',
          title:
            'Sensibiliser les utilisateurs à la sécurité informatique et à la protection des données à caractère personnel',
          activity: '3.2',
          context:
            "La compétence est mise en œuvre dans le cadre d'activités de support aux utilisateurs, dans leur diversité par la prise en compte des préoccupations d'accessibilité. Elle est mobilisée dans des contextes de travail, ouverts et évolutifs, qui nécessitent de mener une veille informationnelle, technologique et réglementaire.",
          detailed: [
            {
              code: 'C3.2.1',
              label:
                "Former les utilisateurs aux règles d'hygiène numérique afin de concourir à la cybersécurité",
            },
            {
              code: 'C3.2.2',
              // The table writes « Règlement »; the annexe III summary list and activity 3.2 « règlement ».
              label:
                "Participer au recensement des traitements sur les données à caractère personnel au sein de l'organisation en référence notamment au Règlement général sur la protection de données (RGPD)",
            },
          ],
          knowledge: [
            "Sécurité du système d'information : définition, réglementation, procédures, technologies",
            'Règlement général sur la protection des données (RGPD) : données à caractère personnel, données sensibles, opérations de traitements, registre des activités de traitements, cartographie des traitements, rôle du délégué à la protection des données',
          ],
          expectedResults: [
            'La sensibilisation des utilisateurs à la sécurité informatique et à la protection des données à caractère personnel est pertinente :',
            "les règles d'hygiène numérique et de protection des données à caractère personnel sont mises à jour et communiquées régulièrement ;",
            'le recensement des traitements sur les données à caractère personnel permet la tenue du registre des activités de traitement conforme à la réglementation.',
          ],
          criteria: [
            "Rigueur de l'information des utilisateurs sur les règles d'hygiène numérique et de protection des données à caractère personnel",
            'Fiabilité du recensement des traitements sur les données à caractère personnel et conformité à la réglementation en vigueur',
          ],
        },
        {
          code: 'C3.3',
          // Annexe III wording; annexe I and the E3 definition have « Exploiter une documentation ».
          title:
            'Exploiter de la documentation technique en langue anglaise pour la rendre accessible aux utilisateurs',
          activity: '3.3',
          context:
            "La compétence est mise en œuvre dans le cadre d'activités de support aux utilisateurs, dans leur diversité par la prise en compte des préoccupations d'accessibilité. Elle est mobilisée dans des contextes de travail, ouverts et évolutifs, qui nécessitent de mener une veille informationnelle et technologique.",
          detailed: [
            {
              code: 'C3.3.1',
              label:
                'Adapter en langue française de la documentation technique rédigée en langue anglaise',
            },
            {
              code: 'C3.3.2',
              label: 'Adapter en langue française des ressources multimédias en langue anglaise',
            },
          ],
          knowledge: [
            'Vocabulaire spécifique au numérique en langue anglaise',
            'Édition et sous-titrage de ressources multimédias',
          ],
          // The text has only the lead-in sentence here, no bullet.
          expectedResults: [
            'La documentation technique en langue anglaise est utilisée à bon escient pour produire de la documentation accessible aux utilisateurs.',
          ],
          criteria: [
            "Justesse de l'interprétation de la documentation en langue anglaise",
            'Adéquation de la production en langue française au besoin de documentation',
          ],
        },
      ],
    },
  ],
  units: [
    {
      code: 'U1',
      title: "Contribution à la présence en ligne de l'organisation",
      block: 'B1',
      exam: 'E1',
    },
    {
      code: 'U2',
      title: 'Participation à la gestion des services logiciels',
      block: 'B2',
      exam: 'E2',
    },
    {
      code: 'U3',
      title: 'Accompagnement des utilisateurs aux usages du numérique',
      block: 'B3',
      exam: 'E3',
    },
  ],
  // Annexe III lists the same four transversal competences for each of the three blocks (« Le contexte
  // de mise en œuvre des compétences du bloc N implique la mobilisation des compétences transversales
  // suivantes »). Written in sentence case, without the list punctuation.
  transversal: [
    { code: 'T1', label: 'Se repérer dans une organisation' },
    {
      code: 'T2',
      label:
        "Adapter sa communication à la diversité des situations et des cibles, dans le respect des valeurs de l'organisation",
    },
    {
      code: 'T3',
      label: "Adapter l'organisation de son travail aux exigences de la situation",
    },
    { code: 'T4', label: "Actualiser ses savoirs et diversifier ses modes d'apprentissage" },
  ],
  // Titles from the règlement d'examen (annexe IV.b); annexe IV.a words them with verbs
  // (« E1 – Contribuer à la présence en ligne de l'organisation »…).
  exams: [
    {
      code: 'E1',
      title: "Contribution à la présence en ligne de l'organisation",
      unit: 'U1',
      block: 'B1',
      coefficient: 6,
      ccf: {
        form: 'Épreuve orale',
        presentation:
          "L'épreuve comporte deux situations d'évaluation.\n\n" +
          "L'épreuve prend appui sur :\n" +
          "- la participation à un projet collaboratif réalisé dans le cadre de la formation mobilisant les compétences du bloc 1 « Contribuer à la présence en ligne de l'organisation ». Les projets peuvent être portés par des travaux issus d'expériences personnelles, de périodes de formation en milieu professionnel, de situations professionnelles simulées ou encore d'ateliers en formation ;\n" +
          "- la construction d'un dossier numérique personnel, de forme libre. Grâce au support choisi, la personne candidate présente une collection des travaux qui fait foi de ses compétences du bloc 1 en conservant des traces pertinentes de ses réalisations en centre de formation ou en périodes de formation en milieu professionnel.\n\n" +
          "Les situations se déroulent dans l'établissement de formation de la personne candidate ou à distance, à un moment choisi par l'équipe pédagogique, lorsque la personne candidate est prête.",
        situations: [
          {
            code: 'E1-A',
            name: 'Situation A',
            title: 'Évaluation individuelle de la contribution à un projet',
            durationMinutes: 40,
            durationText: '40 min (exposé maximum de 20 min + entretien de 20 min)',
            description:
              "À l'aide d'un support libre, le groupe projet (2 à 4 personnes) présente, lors d'un exposé de 20 minutes avec des temps de parole répartis, le déroulement du projet en détaillant les conditions dans lesquelles celui-ci a été conduit, la démarche mise en œuvre, les contributions personnelles respectives, le fonctionnement collaboratif, tout en justifiant les choix opérés.\n\n" +
              "Un temps d'échange de 15 à 20 minutes suit la présentation avec des temps de parole répartis entre chaque membre du groupe projet.",
          },
          {
            code: 'E1-B',
            name: 'Situation B',
            title: 'Évaluation individuelle du parcours de professionnalisation',
            durationMinutes: 20,
            durationText: '20 min (exposé maximum de 10 min + entretien de 10 min)',
            description:
              "Durant un exposé de 10 minutes, la personne candidate présente les travaux réalisés et témoigne de son analyse réflexive quant aux connaissances et aux compétences qu'elle a acquises. Elle s'appuie sur les éléments décrits dans son dossier numérique personnel.\n\n" +
              "Un temps d'échange de 10 minutes suit l'exposé.",
          },
        ],
        commission:
          "La commission d'évaluation est composée d'une personne de l'équipe pédagogique ayant eu la personne candidate en formation liée au bloc 1 et une personne professionnelle du secteur du numérique dont le niveau de qualification sera précisé dans la circulaire nationale d'organisation. En cas d'absence de cette personne, elle peut être remplacée par une personne de l'équipe pédagogique.",
      },
      ponctuel: {
        form: 'Épreuve orale',
        durationMinutes: 40,
        durationText: '40 min',
        presentation:
          "L'épreuve prend appui sur :\n" +
          "- la participation à un projet collaboratif réalisé dans le cadre de la formation mobilisant les compétences du bloc 1. Les projets peuvent être portés par des travaux issus d'expériences personnelles, de périodes de formation en milieu professionnel, de situations professionnelles simulées ou encore d'atelier en formation ;\n" +
          "- la construction d'un dossier numérique personnel, de forme libre, transmis dans les conditions fixées par la circulaire nationale d'organisation de l'examen. Grâce au support choisi, la personne candidate présente une collection des travaux qui fait foi de ses compétences en conservant des traces pertinentes de ses réalisations en centre de formation ou en périodes de formation en milieu professionnel.\n\n" +
          "L'épreuve se déroule en deux phases.",
        phases: [
          {
            name: 'Phase A',
            title: 'Exposé oral de la personne candidate en deux parties',
            durationMinutes: 25,
            durationText: '25 min maximum',
            description:
              "La personne candidate présente, lors d'un exposé en deux temps :\n" +
              '- un projet auquel il ou elle a participé en détaillant les conditions dans lesquelles celui-ci a été conduit, la démarche mise en œuvre, sa contribution personnelle et le fonctionnement collaboratif, en justifiant les choix opérés. Le support de présentation pourra prendre toute forme numérique adaptée (15 minutes maximum) ;\n' +
              '- son dossier numérique personnel de la forme de son choix qui recense les travaux réalisés et témoigne de son analyse réflexive quant aux connaissances et aux compétences acquises (10 minutes maximum).\n\n' +
              "Sauf cas de nécessité majeure, la personne candidate n'est pas interrompue durant son exposé.",
          },
          {
            name: 'Phase B',
            title: 'Entretien avec la personne candidate',
            durationMinutes: 15,
            durationText: '15 min',
            description:
              "L'entretien permet d'évaluer la qualité du travail réalisé par la personne candidate sur les deux parties et sur la qualité de son analyse réflexive.",
          },
        ],
        // « Services numériques des organisations » (sic) in the official text.
        commission:
          "La commission d'évaluation est composée d'une personne enseignante ayant en charge la formation liée au bloc 1 et une personne professionnelle du secteur du numérique dont le niveau de qualification sera précisé dans la circulaire nationale d'organisation. En cas d'absence de cette personne, elle peut être remplacée par une personne chargée de formation des blocs de compétences de la mention complémentaire « Services numériques des organisations ».",
      },
    },
    {
      code: 'E2',
      title: 'Participation à la gestion des services logiciels',
      unit: 'U2',
      block: 'B2',
      coefficient: 6,
      ccf: {
        // The text states no form (oral, pratique…) for the E2 CCF: the candidate is not present.
        form: null,
        presentation:
          "L'épreuve comporte une situation d'évaluation.\n\n" +
          "L'épreuve prend appui sur l'ensemble des traces collectées tout au long de la formation sur les activités réalisées par la personne candidate dans le cadre de l'unité du diplôme :\n" +
          "- par l'équipe pédagogique, d'une part :\n" +
          "  - en situation professionnelle réelle (PFMP ou projet pédagogique) en prenant en compte l'évaluation de la personne tutrice ou du / de la responsable du projet pédagogique ;\n" +
          '  - durant les apprentissages au centre de formation.\n' +
          "- par la personne candidate, d'autre part, qui consigne dans un dossier numérique personnel les travaux réalisés en témoignant de son analyse réflexive quant aux connaissances et aux compétences acquises.\n\n" +
          "L'obtention de l'épreuve est conditionnée à la réalisation de la durée réglementaire (12 semaines) des périodes de formation en milieu professionnel.",
        situations: [
          {
            // The single E2 situation has no name nor title in the text; the title is taken from its
            // « Déroulement » (« Elle se fonde sur l'examen des traces collectées »).
            code: 'E2-A',
            name: null,
            title: 'Examen des traces collectées',
            durationMinutes: null,
            durationText: null,
            description:
              "L'évaluation est effectuée en fin de formation par l'équipe pédagogique de l'établissement de formation de la personne candidate, sans la présence de cette dernière.\n\n" +
              "Elle se fonde sur l'examen des traces collectées qui comprend obligatoirement :\n" +
              '- les traces recueillies par les enseignants tout au long de la formation ;\n' +
              "- les bilans des périodes de formation en milieu professionnel, dûment complétés par les tuteurs ou maîtres d'apprentissage, dont le modèle est fourni par la circulaire nationale d'organisation. L'attestation professionnelle en fin de PFMP ou certificat de travail est jointe au compte-rendu ;\n" +
              '- le dossier numérique de la personne candidate.',
          },
        ],
        commission:
          "La commission d'évaluation est composée de deux membres au minimum de l'équipe pédagogique ayant eu la personne candidate en formation.",
      },
      ponctuel: {
        form: 'Épreuve orale',
        durationMinutes: 35,
        durationText: '35 minutes maximum',
        presentation:
          "L'épreuve prend appui sur un dossier numérique personnel élaboré par la personne candidate et transmis dans les conditions fixées par la circulaire nationale d'organisation de l'examen. Dans ce document, la personne candidate présente un exemple de réalisation pour chaque activité du pôle 2 « Participation à la gestion des services logiciels », à savoir :\n" +
          '- la participation à la gestion des outils et applications numériques « métier » ;\n' +
          '- la participation à la gestion des outils bureautiques, collaboratifs et nomades ;\n' +
          "- la contribution à la sécurité du système d'information de l'organisation.\n\n" +
          'Elle explicite la conception, la mise en œuvre et la réalisation ainsi que les choix opérés.\n\n' +
          "L'épreuve se déroule en deux phases.",
        phases: [
          {
            name: 'Phase A',
            title: 'Exposé oral de la personne candidate',
            durationMinutes: 20,
            durationText: '20 min maximum',
            description:
              'La personne candidate présente et explicite ses réalisations ; elle justifie les choix opérés en respectant les contraintes de son environnement de travail. Le support de présentation pourra prendre toute forme numérique adaptée.\n\n' +
              "Sauf cas de nécessité majeure, la personne candidate n'est pas interrompue durant son exposé.",
          },
          {
            name: 'Phase B',
            title: 'Entretien avec la personne candidate',
            durationMinutes: 15,
            durationText: '15 min',
            description:
              "L'entretien vise à évaluer la maîtrise des compétences atteinte en prenant appui sur les productions numériques de la personne candidate. Il permet d'évaluer la qualité du travail réalisé par la personne candidate, sa capacité à réinvestir ses connaissances et ses compétences.",
          },
        ],
        commission:
          "La commission d'évaluation est composée de deux personnes enseignantes ou formatrices ayant en charge la formation au bloc 2 « Participer à la gestion des services logiciels ».",
      },
    },
    {
      code: 'E3',
      title: 'Accompagnement des utilisateurs aux usages du numérique',
      unit: 'U3',
      block: 'B3',
      coefficient: 6,
      ccf: {
        form: 'Épreuve pratique',
        presentation: "L'épreuve comporte deux situations d'évaluation.",
        situations: [
          {
            // Description: what the situation draws on (« Situation A : elle prend appui sur… »,
            // in sentence case), then its « Déroulement ».
            code: 'E3-A',
            name: 'Situation A',
            title: 'Évaluation des productions numériques de la personne candidate',
            durationMinutes: null,
            durationText: null,
            description:
              'Elle prend appui sur les traces du dossier numérique de la personne candidate portant sur :\n' +
              "- l'accompagnement sur un service applicatif ;\n" +
              '- la sensibilisation à la sécurité informatique et/ou à la protection des données à caractère personnel.\n\n' +
              "La commission d'évaluation se réunit pour examiner le dossier numérique de la personne candidate et évaluer les productions numériques en dehors de sa présence.",
          },
          {
            code: 'E3-B',
            name: 'Situation B',
            title: "Production d'une ressource par la personne candidate",
            // « préparation de 2h + entretien de 20 min maximum »
            durationMinutes: 140,
            durationText: 'préparation de 2h + entretien de 20 min maximum',
            description:
              "Elle prend appui sur une documentation en langue anglaise fournie par l'équipe pédagogique.\n\n" +
              "La situation se déroule dans l'établissement de formation de la personne candidate. La personne candidate dispose de deux heures pour produire une ressource numérique en français à partir d'une documentation en langue anglaise. S'ensuit un entretien de 20 minutes avec le jury sur la base de la ressource produite.",
          },
        ],
        commission:
          "La commission d'évaluation est composée de deux membres de l'équipe pédagogique ayant eu la personne candidate en formation.",
      },
      ponctuel: {
        form: 'Épreuve pratique orale',
        // « 2 H 30 » (annexe IV.b), « 2h et 30 min » (annexe IV.c).
        durationMinutes: 150,
        durationText: '2h et 30 min',
        presentation:
          "L'épreuve prend appui :\n" +
          '- sur le dossier numérique de la personne candidate qui recense les travaux réalisés pour les activités suivantes :\n' +
          "  - l'accompagnement des utilisateurs dans les usages d'un service applicatif ;\n" +
          '  - la sensibilisation à la sécurité informatique et/ou à la protection des données à caractère personnel ;\n' +
          "- sur une documentation en langue anglaise fournie par la commission d'interrogation.\n\n" +
          "L'épreuve se déroule en deux phases.",
        phases: [
          {
            name: 'Phase A',
            title: "Production d'une ressource par la personne candidate",
            durationMinutes: 120,
            durationText: '2h',
            // « circulation académique » (sic, for « circulaire ») in the official text.
            description:
              "La personne candidate dispose de deux heures pour produire une ressource numérique en français à partir d'une documentation en langue anglaise. L'équipement mis à disposition de la personne candidate sera précisé dans la circulation académique d'organisation de l'examen.",
          },
          {
            name: 'Phase B',
            title: 'Entretien avec le jury',
            durationMinutes: 30,
            durationText: '30 min maximum',
            description:
              "L'entretien porte à la fois sur la ressource produite et le dossier numérique de la personne candidate qui témoigne de son analyse réflexive quant aux connaissances et aux compétences acquises.",
          },
        ],
        commission:
          "La commission d'évaluation est composée de deux personnes enseignantes ou formatrices ayant en charge la formation au bloc 3 « Accompagner les utilisateurs aux usages du numérique ».",
      },
    },
  ],
  // Annexe IV.b: the column of a status sets the mode of all three exams. The table is in capitals;
  // labels are in sentence case with the accents restored (« ETABLISSEMENT » → « établissement »,
  // « NON HABILETÉ » → « non habilité »). The « HABILITE A PRATIQUER LE CCF » of the first column
  // belongs to the apprentice status (the PDF conversion split that cell on a tab).
  candidateStatuses: [
    {
      code: 'scolaire_public_ou_prive_sous_contrat',
      label: 'Scolaire dans un établissement public ou privé sous contrat',
      mode: 'ccf',
    },
    {
      code: 'apprenti_cfa_habilite_ccf',
      label: "Apprenti dans un CFA ou section d'apprentissage habilité à pratiquer le CCF",
      mode: 'ccf',
    },
    {
      code: 'formation_continue_etablissement_public',
      label: 'Formation professionnelle continue dans un établissement public',
      mode: 'ccf',
    },
    {
      code: 'scolaire_prive_hors_contrat',
      label: 'Scolaire dans un établissement privé hors contrat',
      mode: 'ponctuel',
    },
    {
      code: 'apprenti_cfa_non_habilite_ccf',
      label: "Apprenti dans un CFA ou une section d'apprentissage non habilité à pratiquer le CCF",
      mode: 'ponctuel',
    },
    {
      code: 'formation_continue_etablissement_prive',
      label: 'Formation professionnelle continue dans un établissement privé',
      mode: 'ponctuel',
    },
    {
      code: 'experience_professionnelle_1_an',
      label: "Candidat justifiant de 1 année d'activité professionnelle",
      mode: 'ponctuel',
    },
    {
      code: 'enseignement_a_distance',
      label: 'Enseignement à distance',
      mode: 'ponctuel',
    },
  ],
  pfmp: {
    // Annexe V, A – Voie scolaire: « La durée des PFMP est fixée à 12 semaines. »
    // C – Voie de la formation continue: « La durée des PFMP est de 12 semaines. »
    // E2 (annexe IV.c): « L'obtention de l'épreuve est conditionnée à la réalisation de la durée
    // réglementaire (12 semaines) des périodes de formation en milieu professionnel. »
    minimumWeeks: 12,
    // Annexe V, F – Positionnement: « La durée minimale pour les candidats positionnés par décision du
    // recteur est de 8 semaines pour les candidats issus de la voie scolaire conformément à l'article
    // D. 337-146 du code de l'éducation. »
    minimumWeeksPositionne: 8,
  },
};
