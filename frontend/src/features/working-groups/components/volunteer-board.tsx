'use client';

import { useState } from 'react';
import Link from 'next/link';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { ActionIcon, Anchor, Badge, Group, NativeSelect, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation, IconGripVertical } from '@tabler/icons-react';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { groupsApi } from '../api';
import { PIPELINE_STAGES, type BoardCard, type PipelineStage, type WorkingGroup } from '../types';
import { WelcomeModal } from './welcome-modal';

/**
 * With the keyboard, left and right arrows jump a picked-up card to the previous or next column (dnd-kit's default
 * moves it a few pixels at a time, which is no way to cross a board).
 */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const card = context.collisionRect;
  if (!step || !card) return undefined;
  event.preventDefault();
  const columns = PIPELINE_STAGES.map((stage) => context.droppableRects.get(stage)).filter(
    (rect) => rect !== undefined,
  );
  const centre = card.left + card.width / 2;
  const index = columns.findIndex((rect) => centre >= rect.left && centre <= rect.left + rect.width);
  const target = columns[Math.min(Math.max((index === -1 ? 0 : index) + step, 0), columns.length - 1)];
  // The columns are measured just after the pick-up: until then, the card stays where it is.
  if (!target) return undefined;
  return { x: target.left + (target.width - card.width) / 2, y: target.top + 48 };
};

interface Props {
  group: WorkingGroup;
  cards: BoardCard[];
  onCards: (cards: BoardCard[]) => void;
  /** After a move, the group's counts change: the page reloads them. */
  onMoved: () => void;
}

/** The volunteers of a group by pipeline stage; a card moves by drag and drop (mouse or keyboard) or its stage menu. */
export function VolunteerBoard({ group, cards, onCards, onMoved }: Props) {
  const t = useT();
  const ability = useAppAbility();
  const canMove = ability.can('update', asSubject('GroupVolunteer', { groupId: group.id }));
  const [welcoming, setWelcoming] = useState<BoardCard>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const name = (card: BoardCard) => `${card.firstName} ${card.lastName}`;
  const stageName = (stage: unknown) =>
    PIPELINE_STAGES.includes(stage as PipelineStage) ? t(`pipeline.${stage as PipelineStage}`) : '';
  const cardOf = (id: unknown) => cards.find((card) => card.id === id);

  /** Without `options`, a move to "welcomed" first asks about the welcome email. */
  const move = async (
    card: BoardCard,
    stage: PipelineStage,
    options?: { sendWelcomeEmail: boolean; note: string | null },
  ) => {
    if (card.stage === stage) return;
    if (stage === 'welcomed' && !options) {
      setWelcoming({ ...card });
      return;
    }
    const before = cards;
    onCards(cards.map((c) => (c.id === card.id ? { ...c, stage } : c)));
    try {
      const saved = await groupsApi.move(group.id, card.id, { stage, ...options });
      onCards(before.map((c) => (c.id === card.id ? saved : c)));
      if (saved.welcomeEmailSent) notifySuccess(t('groups.welcome.sent', { name: name(card) }));
      else notifySuccess(t('groups.board.moved', { name: name(card), stage: t(`pipeline.${stage}`) }));
      onMoved();
    } catch (error) {
      onCards(before);
      notifyError(t, error);
      throw error;
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const card = cardOf(active.id);
    if (card && over) move(card, over.id as PipelineStage).catch(() => undefined);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('groups.board.dragStart', { name: name(cardOf(active.id)!), stage: stageName(cardOf(active.id)!.stage) }),
    onDragOver: ({ active, over }) =>
      over ? t('groups.board.dragOver', { name: name(cardOf(active.id)!), stage: stageName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('groups.board.dragEnd', { name: name(cardOf(active.id)!), stage: stageName(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('groups.board.dragCancel', { name: name(cardOf(active.id)!) }),
  };

  return (
    <Stack gap="sm">
      {canMove && (
        <Text size="sm" c="dimmed">
          {t('groups.board.intro')}
        </Text>
      )}
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('groups.board.intro') } }}
      >
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="stretch" wrap="nowrap" gap="sm" data-testid="volunteer-board" miw={5 * 190}>
            {PIPELINE_STAGES.map((stage) => (
              <Column key={stage} stage={stage}>
                {cards
                  .filter((card) => card.stage === stage)
                  .map((card) => (
                    <Card
                      key={card.id}
                      card={card}
                      group={group}
                      canMove={canMove}
                      onMove={(s) => void move(card, s).catch(() => undefined)}
                    />
                  ))}
              </Column>
            ))}
          </Group>
        </ScrollArea>
      </DndContext>
      {welcoming && (
        <WelcomeModal
          group={group}
          card={welcoming}
          onClose={() => setWelcoming(undefined)}
          onConfirm={(options) => move(welcoming, 'welcomed', options).then(() => setWelcoming(undefined))}
        />
      )}
    </Stack>
  );
}

function Column({ stage, children }: { stage: PipelineStage; children: React.ReactNode[] }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      mih={220}
      style={{ flex: '1 1 0', minWidth: 180 }}
      bg={isOver ? 'teal.0' : 'gray.0'}
      component="section"
      aria-labelledby={`stage-${stage}`}
      data-testid={`stage-${stage}`}
    >
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h6" id={`stage-${stage}`}>
          {t(`pipeline.${stage}`)}
        </Title>
        <Badge variant="light" color="gray" size="sm">
          {children.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {children.length ? (
          children
        ) : (
          <Text size="xs" c="dimmed">
            {t('groups.board.empty')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Card({
  card,
  group,
  canMove,
  onMove,
}: {
  card: BoardCard;
  group: WorkingGroup;
  canMove: boolean;
  onMove: (stage: PipelineStage) => void;
}) {
  const t = useT();
  const format = useFormat();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    disabled: !canMove,
  });
  const name = `${card.firstName} ${card.lastName}`;
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      shadow={isDragging ? 'md' : undefined}
      p="xs"
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
      }}
      data-testid="volunteer-card"
      data-name={name}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor component={Link} href={`/volunteers/${card.personId}`} fw={600} size="sm">
          {name}
        </Anchor>
        {canMove && (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('groups.board.dragHandle', { name })}
            {...attributes}
            {...listeners}
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      {card.overdue && (
        <Group gap={4} mt={4} wrap="nowrap" c="red.8" data-testid="card-overdue">
          <IconClockExclamation size={14} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="xs" fw={600} c="red.8">
            {t('groups.board.overdue', { days: group.welcomeWithinDays })}
          </Text>
        </Group>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('groups.board.arrived', { date: format.date(card.createdAt) })}
        {card.hoursPerMonth ? ` · ${t('groups.board.hours', { hours: card.hoursPerMonth })}` : ''}
      </Text>
      {card.skills.length > 0 && (
        <Group gap={4} mt={4}>
          {card.skills.slice(0, 3).map((skill) => (
            <Badge key={skill} size="xs" variant="outline" color="gray" tt="none">
              {skill}
            </Badge>
          ))}
        </Group>
      )}
      {canMove && (
        <NativeSelect
          mt={6}
          size="xs"
          aria-label={t('groups.board.moveTo', { name })}
          data={PIPELINE_STAGES.map((stage) => ({ value: stage, label: t(`pipeline.${stage}`) }))}
          value={card.stage}
          onChange={(event) => onMove(event.currentTarget.value as PipelineStage)}
          data-testid="card-stage"
        />
      )}
    </Paper>
  );
}
